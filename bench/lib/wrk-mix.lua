-- Loaded by bench/lib/wrk.ts for a mix of addresses: each thread takes the
-- paths of the file given after `--` in turn, and every response's status is
-- counted; wrk-report.lua's summary, then the statuses as one JSON line.
dofile(os.getenv("LESINFOS_WRK_REPORT"))
local summary = done
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

init = function(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  statuses = {}
  turn = 0
end

-- "{n}" in a path (bench/lib/mix.ts, FRESH) becomes a new value at each
-- request, never seen by a cache: thread, start time (runs follow each
-- other), count.
fresh = 0
start = os.time()

request = function()
  turn = turn % #paths + 1
  local path = paths[turn]
  if string.find(path, "{n}", 1, true) then
    fresh = fresh + 1
    path = string.gsub(path, "{n}", string.format("%d-%d-%d", id, start, fresh))
  end
  return wrk.format("GET", path)
end

response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(s, latency, requests)
  summary(s, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do
    table.insert(parts, string.format('"%d":%d', status, count))
  end
  io.write("@@statuses {" .. table.concat(parts, ",") .. "}\n")
end
