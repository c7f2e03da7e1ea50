/** A line of nginx's beacon log as deploy/nginx.conf writes it (`lesinfos_vues`), a reader's by default. */
export function beaconLogLine(fields: Record<string, string> = {}): string {
  return JSON.stringify({
    time: "1795991343.282",
    address: "203.0.113.9",
    method: "GET",
    uri: "/article/budget/vu",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    secPurpose: "",
    purpose: "",
    xPurpose: "",
    xMoz: "",
    status: "200",
    ...fields,
  });
}
