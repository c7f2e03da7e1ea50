-- Loaded by bench/lib/wrk.ts: wrk's own summary as one JSON line (microseconds, counts).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '@@wrk {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
