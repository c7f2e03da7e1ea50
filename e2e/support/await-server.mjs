// Waits until a server answers (the fixture build's, before the live-publishing project copies it).
const url = process.argv[2];
const deadline = Date.now() + 10 * 60_000;
while (Date.now() < deadline) {
  const ok = await fetch(url).then(
    (response) => response.ok,
    () => false,
  );
  if (ok) process.exit(0);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
console.error(`${url} ne répond pas`);
process.exit(1);
