-- sme_programs[] read field by field for the SME programme rules (lessons
-- 42-45): which programmes match, and which of them have a bad value in a
-- field, with the unknown ones reported as data gaps.
local M = {}

-- Programmes for which MATCH(prog) is true: {{index, prog, base}, ...}.
function M.select(p, match)
  local out = {}
  for i, prog in ipairs(p.sme_programs or {}) do
    if match(prog) then
      out[#out + 1] = { index = i, prog = prog, base = string.format("sme_programs.%d.", i) }
    end
  end
  return out
end

-- Of ENTRIES, those whose FIELD value holds under TEST, a ctx:check
-- comparison ({op = ..., threshold = ...} or {op = ..., config = ...}); an
-- unknown value is a data gap. Returns the names, evidence and entries of the
-- ones that hold.
function M.flag(ctx, entries, field, test)
  local names, evidence, hits = {}, {}, {}
  for _, e in ipairs(entries) do
    local held, entry = ctx:check{ field = e.base .. field, op = test.op, threshold = test.threshold,
                                   config = test.config }
    if held then
      names[#names + 1] = e.prog.name
      evidence[#evidence + 1] = entry
      hits[#hits + 1] = e
    end
  end
  return names, evidence, hits
end

M.IS_FALSE = { op = "==", threshold = false }

return M
