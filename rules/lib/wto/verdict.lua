-- wto/verdict.lua: what the classifier builds as it walks the procedure of
-- docs/wto.md. Every step records the node it took (`at`), the provisions
-- it relied on (`cite`), and any doubt; the result is one subsidies[] entry
-- (output contract) plus the path and the data it missed.
local Verdict = {}
Verdict.__index = Verdict

local CONFIDENCE_RANK = { high = 3, medium = 2, low = 1 }

function Verdict.new()
  return setmetatable({
    articles = {}, flags = {}, notes = {}, path = {}, missing = {},
    confidence = "high", facts = {},
    sdt = { applies = false },
    seen = { articles = {}, flags = {}, missing = {} },
  }, Verdict)
end

local function add_once(list, seen, value)
  if not seen[value] then
    seen[value] = true
    list[#list + 1] = value
  end
end

-- Records that the procedure took node ID of docs/wto.md.
function Verdict:at(id)
  self.path[#self.path + 1] = id
  return self
end

-- Adds provisions relied on, in the order the procedure reached them.
function Verdict:cite(...)
  for _, a in ipairs({ ... }) do add_once(self.articles, self.seen.articles, a) end
  return self
end

function Verdict:flag(name)
  add_once(self.flags, self.seen.flags, name)
  return self
end

function Verdict:note(text)
  self.notes[#self.notes + 1] = text
  return self
end

-- Lowers the confidence to LEVEL (never raises it) and says why.
function Verdict:doubt(level, why)
  if CONFIDENCE_RANK[level] < CONFIDENCE_RANK[self.confidence] then
    self.confidence = level
  end
  if why then self:note(why) end
  return self
end

-- A field the classification needed and did not find: "program.X" for a
-- field of the programme, "wto.X" for the member context.
function Verdict:gap(field)
  add_once(self.missing, self.seen.missing, field)
  return self
end

function Verdict:special_treatment(basis, ends)
  self.sdt = { applies = true, basis = basis, ends = ends }
  return self
end

-- The finished entry. Extra keys (path, missing, facts) are for the engine's
-- trace and data gaps and for rules; the subsidies[] entry keeps only the
-- contract's keys.
function Verdict:finish(classification, binding)
  return {
    classification = classification,
    articles = self.articles,
    sdt = self.sdt,
    binding = binding,
    flags = self.flags,
    confidence = self.confidence,
    notes = table.concat(self.notes, " "),
    path = self.path,
    missing = self.missing,
    facts = self.facts,
  }
end

return Verdict
