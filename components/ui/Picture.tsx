import { getImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * A responsive image resized by Next's image optimizer, rendered as a plain
 * `<img srcset>` by the server: next/image's `<Image>` is a client component
 * and would add its JavaScript to every page. `priority` marks the page's
 * largest picture (LCP): fetched first, preloaded from the head, never lazy.
 */
export function Picture({
  src,
  alt,
  width,
  height,
  sizes,
  className,
  priority = false,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    loading: priority ? "eager" : "lazy",
    fetchPriority: priority ? "high" : undefined,
  });
  if (priority && props.srcSet) {
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: sizes, fetchPriority: "high" });
  }
  // getImageProps' inline `color: transparent` would hide the alt text of a missing picture.
  // eslint-disable-next-line @next/next/no-img-element -- the optimizer's srcset, without <Image>'s client code
  return <img {...props} style={undefined} alt={alt} className={className} />;
}
