-- Loaded by bench/lib/beacons.ts: view beacons of the articles given as arguments, from readers
-- behind nginx (one X-Real-IP per three views, so no reader hits the rate limit).
-- Arguments: the seconds during which views count, the milliseconds each connection waits
-- between two requests (0: none; wrk cannot otherwise hold a rate), then the slugs. Afterwards, until wrk stops,
-- the same requests are marked as prefetches (not counted): the requests still in flight when wrk
-- stops are never counted views, so the views sent are known exactly.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  countFor = tonumber(args[1])
  pause = tonumber(args[2])
  slugs = {}
  for i = 3, #args do slugs[#slugs + 1] = args[i] end
  started = os.time()
  -- wrk calls request() once on the first thread's state to check it, without sending it.
  counted = id == 0 and -1 or 0
  sent = 0
end

local agent = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"

function delay()
  return pause
end

function request()
  sent = sent + 1
  local reader = math.floor(sent / 3)
  local headers = {
    ["User-Agent"] = agent,
    ["X-Real-IP"] = string.format("10.%d.%d.%d", id, math.floor(reader / 256) % 256, reader % 256),
  }
  if os.time() - started < countFor then
    counted = counted + 1
  else
    headers["Sec-Purpose"] = "prefetch"
  end
  return wrk.format("GET", "/article/" .. slugs[(sent % #slugs) + 1] .. "/vu", headers)
end

done = function(summary, latency, requests)
  local views = 0
  for _, thread in ipairs(threads) do views = views + thread:get("counted") end
  local e = summary.errors
  io.write(string.format(
    '@@wrk {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%f,"views":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, views))
end
