-- The country's stage (p.derived.stage, lesson 1's indicator) as the SME,
-- supplier and diffusion rules cite it: an evidence entry pointing at the
-- profile field the stage was derived from (technological capability, or
-- R&D intensity when the capability is not given), and a readable name.
local M = {}

local NAMES = { catch_up = "catch-up", transition = "transition", innovation = "innovation" }

function M.name(id)
  return NAMES[id] or id
end

-- Evidence for "the country is in stage ID": the first field the stage
-- indicator itself cites, else the capability field.
function M.evidence(p)
  local stage = p.derived.stage or {}
  local cited = stage.evidence and stage.evidence[1]
  return { field = cited and cited.field or "technology.capability_stage",
           note = "stage " .. M.name(stage.id or "unknown") .. " (lesson 1)" }
end

return M
