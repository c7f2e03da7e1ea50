-- Loaded by bench/lib/wrk.ts for a mix of addresses: each thread takes the
-- paths of the file given after `--` in turn, and every response's status is
-- counted; wrk-report.lua's summary, then the statuses as one JSON line.
dofile(os.getenv("LESINFOS_WRK_REPORT"))
local summary = done
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  statuses = {}
  turn = 0
end

request = function()
  turn = turn % #paths + 1
  return wrk.format("GET", paths[turn])
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
