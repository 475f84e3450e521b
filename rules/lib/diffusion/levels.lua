-- Table 2-6 of the report (OECD typology of technology diffusion programmes):
-- the level of each programme type, and a country's diffusion.programs
-- classified by level. Used by the diffusion and cluster rules.
local M = {}

M.LEVEL_OF_TYPE = {
  -- Level 1: improve the adoption and adaptation of specific technologies
  technology_specific = 1, institution_specific = 1, sector_specific = 1, demonstration = 1,
  -- Level 2: improve the general technology receptor capacity
  technical_assistance = 2, information_network = 2, small_rd_projects = 2,
  -- Level 3: build the innovation capacity of firms
  sector_roadmap = 3, diagnostic_tools = 3, benchmarking = 3, university_industry = 3,
}

M.GOAL = {
  "adoption of specific technologies",
  "general technology receptor capacity",
  "innovation capacity of firms",
}

-- PROGRAMS (diffusion.programs) by level: {[1] = {{index, name, type, budget}...}, ...,
-- count = n, untyped = {index...}}. A stated type is one of the schema's enum,
-- so it has a level; a programme whose type is not stated has none and is
-- listed in `untyped` (missing data, never guessed into a level).
function M.classify(programs)
  local by = { {}, {}, {}, count = 0, untyped = {} }
  for i, prog in ipairs(programs or {}) do
    local level = M.LEVEL_OF_TYPE[prog.type]
    if level then
      local list = by[level]
      list[#list + 1] = { index = i, name = prog.name, type = prog.type, budget = prog.budget_usd }
      by.count = by.count + 1
    else
      by.untyped[#by.untyped + 1] = i
    end
  end
  return by
end

-- Reports every programme whose type is unknown as a data gap; true when
-- the classification is complete, so a rule can trust "no Level 2".
function M.complete(by, ctx)
  for _, i in ipairs(by.untyped) do
    ctx:missing(string.format("diffusion.programs.%d.type", i))
  end
  return #by.untyped == 0
end

-- "Level 1: A (technology_specific), B (demonstration); Level 2: none; ..."
function M.describe(by)
  local parts = {}
  for level = 1, 3 do
    local names = {}
    for _, prog in ipairs(by[level]) do
      names[#names + 1] = string.format("%s (%s)", prog.name, prog.type)
    end
    parts[#parts + 1] = string.format("Level %d: %s", level,
      #names > 0 and table.concat(names, ", ") or "none")
  end
  return table.concat(parts, "; ")
end

-- Share of Level LEVEL in the programme mix, by budget when every programme
-- states one, else by count. Returns share (0-100) and "budget" or "count".
function M.share(by, level)
  local total, part, by_budget = 0, 0, true
  for l = 1, 3 do
    for _, prog in ipairs(by[l]) do
      if prog.budget == nil then by_budget = false end
    end
  end
  for l = 1, 3 do
    for _, prog in ipairs(by[l]) do
      local w = by_budget and prog.budget or 1
      total = total + w
      if l == level then part = part + w end
    end
  end
  if total == 0 then return nil end
  return part / total * 100, by_budget and "budget" or "count"
end

return M
