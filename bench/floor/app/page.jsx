export default function Page() {
  return (
    <main>
      <h1>Plancher</h1>
      <p>Une page Next.js vide : ce que coûte le cadre, sans le site.</p>
    </main>
  );
}
