-- wrk: posts the dossiers of a JSON Lines file (wrk's first argument after --) to /v1/decisions in turn.
local bodies = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  i = math.random(#bodies)
end
function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/v1/decisions", {["Content-Type"] = "application/json"}, bodies[i])
end
