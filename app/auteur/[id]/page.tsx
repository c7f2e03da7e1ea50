import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AuthorHeader } from "@/components/listing/AuthorHeader";
import { ListingView } from "@/components/listing/ListingView";
import { getAuthors } from "@/lib/content";
import { prerendersNothing } from "@/lib/prerender";
import { authorRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return (await getAuthors()).map((author) => ({ id: author.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await authorRoute((await params).id);
  if (!found) return {};
  const { author } = found;
  return pageMetadata({ title: author.name, description: author.bio ?? author.role ?? t.authorArticles(author.name), path: author.url });
}

export default async function AuthorPage({ params }: Props) {
  const found = await authorRoute((await params).id);
  if (!found) notFound();
  const { author, ...slice } = found;
  return <ListingView title={author.name} header={<AuthorHeader author={author} />} baseUrl={author.url} {...slice} />;
}
