-- Lesson 51: sequence diffusion policy through the levels of Table 2-6:
-- Level 1 (adopting specific technologies) in catch-up, Level 2 (general
-- receptor capacity) in transition, Level 3 (firms' innovation capacity) only
-- once Level 2 exists and firms can use it. Korea: Level 1 until the early
-- 1980s [L947], receptor capacity from the mid-1990s, innovation capacity
-- after 1997 [L970].
local stage_of = require("sme.stage")
local levels = require("diffusion.levels")

local function cite(quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           table = "2-6", quote = quote, lines = lines }
end

local function programme_evidence(by, level, note)
  local evidence = {}
  for _, prog in ipairs(by[level]) do
    evidence[#evidence + 1] = { field = string.format("diffusion.programs.%d.type", prog.index),
                                note = note or string.format("Level %d (Table 2-6)", level) }
  end
  return evidence
end

-- Level 2 exists, Level 3 does not: recommend Level 3 only with receptor
-- capacity (the share of SMEs doing their own R&D).
local function judge_level3(p, ctx, by)
  -- receptor capacity: unknown is a data gap
  local ready, rd_evidence = ctx:check{ field = "sme.rd_performing_pct", op = ">=",
    config = "receptor_capacity_rd_performing_pct", benchmark = 7.7, note = "Korea 1993 [L883]" }
  if ready == nil then return end
  local rd = p.sme.rd_performing_pct
  local needed = ctx:threshold("receptor_capacity_rd_performing_pct")
  local evidence = programme_evidence(by, 2)
  evidence[#evidence + 1] = ready and rd_evidence or { field = "sme.rd_performing_pct", op = "<",
    threshold = needed, benchmark = 7.7, note = "Korea 1993 [L883]" }
  if ready then
    ctx:finding{
      id = "ready_for_level3_diffusion",
      severity = "advice",
      title = "Firms have the receptor capacity for Level 3 diffusion programmes",
      message = string.format("Level 2 programmes are in place and %.1f%% of manufacturing SMEs " ..
        "do their own R&D, so firms can now use Level 3 tools: sector technology roadmaps, " ..
        "diagnostic and benchmarking tools, university-industry collaboration. Korea introduced " ..
        "them after 1997, once receptor-capacity policies had run from the mid-1990s [L970]. " ..
        "Programmes by level: %s.", rd, levels.describe(by)),
      evidence = evidence,
      measures = { "diffusion_l3_innovation_capacity" },
      source = cite("policies to build the overall innovative capacity of firms were introduced " ..
        "after the financial crisis in 1997", "L970"),
    }
  else
    ctx:finding{
      id = "level3_awaits_receptor_capacity",
      severity = "info",
      title = "Level 3 diffusion programmes would come too early",
      message = string.format("Level 2 programmes are in place, but only %.1f%% of manufacturing " ..
        "SMEs do their own R&D (below %s; Korea 7.7 in 1993, Germany about 40). Level 3 tools " ..
        "(roadmaps, diagnostics, benchmarking, university-industry collaboration) assume firms " ..
        "that can act on them: keep building receptor capacity through Level 2 before adding " ..
        "them. Programmes by level: %s.", rd, needed, levels.describe(by)),
      evidence = evidence,
    }
  end
end

return {
  id = "diffusion_level_sequencing",
  title = "Sequence diffusion policy from Level 1 to Level 2 to Level 3 (Table 2-6)",
  source = cite("the transition of diffusion policies from the one-way transfer of public " ..
    "research results (Level 1)", "L951"),
  requires = { "diffusion.programs" },
  tags = { "diffusion", "technology", "sme", "sequencing" },
  measures = { "diffusion_l1_technology_transfer", "diffusion_l2_technical_assistance_extension",
               "diffusion_l3_innovation_capacity" },

  evaluate = function(p, ctx)
    local by = levels.classify(p.diffusion.programs)
    if not levels.complete(by, ctx) then return end
    ctx:note(levels.describe(by))
    local has1, has2, has3 = #by[1] > 0, #by[2] > 0, #by[3] > 0

    if has3 and not has2 then
      -- The gate holds whatever the stage: Level 3 never before Level 2.
      local evidence = programme_evidence(by, 3, "Level 3 (Table 2-6) without any Level 2")
      ctx:finding{
        id = "level3_before_level2",
        severity = "warning",
        title = "Level 3 diffusion programmes run without Level 2 receptor capacity",
        message = "Innovation-capacity programmes (Level 3) run while no programme builds " ..
          "firms' general receptor capacity (Level 2: technical assistance, manufacturing " ..
          "extension, information networks, help with small R&D projects). Level 3 tools " ..
          "assume firms with engineers who can use roadmaps, diagnostics and university " ..
          "partners; Korea built receptor capacity from the mid-1990s and added innovation " ..
          "capacity only after 1997 [L970]. Put Level 2 in place first and do not expand " ..
          "Level 3 until it reaches firms. Programmes by level: " .. levels.describe(by) .. ".",
        evidence = evidence,
        measures = { "diffusion_l2_technical_assistance_extension" },
        source = cite("Diffusion policies to improve the receptor capacity of firms began to " ..
          "increase in the mid-1990s", "L970"),
      }
      return
    end

    -- the stage decides the rest (unknown: a data gap)
    local catch_up = ctx:check{ field = "derived.stage.id", op = "==", threshold = "catch_up" }
    if catch_up == nil then return end
    local stage = p.derived.stage.id

    if not has2 and not has3 then
      if catch_up then
        if has1 then return end -- Level 1 is the catch-up tool
        ctx:finding{
          id = "no_diffusion_programmes",
          severity = "advice",
          title = "No technology diffusion programme reaches firms",
          message = "The country is in catch-up and runs no technology diffusion programme. " ..
            "Start at Level 1: transfer and demonstration of specific, proven technologies " ..
            "to many firms, as Korea did until the early 1980s (adoption subsidies, data " ..
            "banks, transfer agencies, extension centres for specific technologies [L947]).",
          evidence = { { field = "diffusion.programs", note = "empty" },
                       stage_of.evidence(p) },
          measures = { "diffusion_l1_technology_transfer" },
        }
        return
      end
      ctx:finding{
        id = "diffusion_without_receptor_capacity",
        severity = "warning",
        title = "Diffusion policy stops at Level 1 although the country has left catch-up",
        message = string.format("The country is in the %s stage, but its diffusion programmes " ..
          "only transfer specific technologies (or there are none). Obstacles to diffusion " ..
          "are mostly internal to firms: skills, organization, management [L947]. Move to " ..
          "Level 2, general receptor capacity: technical assistance that helps firms diagnose " ..
          "their needs, manufacturing extension, information networks, help with small R&D " ..
          "projects. In-firm engineers come first (the measure's prerequisite). Programmes by " ..
          "level: %s.", stage_of.name(stage), levels.describe(by)),
        evidence = (function()
          local e = programme_evidence(by, 1)
          e[#e + 1] = stage_of.evidence(p)
          return e
        end)(),
        measures = { "diffusion_l2_technical_assistance_extension" },
        source = cite("Diffusion policies to improve the receptor capacity of firms began to " ..
          "increase in the mid-1990s", "L970"),
      }
      return
    end

    if has2 and not has3 and not catch_up then judge_level3(p, ctx, by) end
  end,
}
