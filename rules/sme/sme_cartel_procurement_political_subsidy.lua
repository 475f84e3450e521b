-- Lesson 36: SME support through non-competitive procurement, cartel-like
-- cooperatives, cooperatives captured by interest groups or politically
-- allocated subsidies should give way to competitive, service-oriented
-- support. Protective measures are graded like reserved areas (lesson 35):
-- by how long they have lasted and whether a phase-out is scheduled.
local protection = require("sme.protection")

local function cite(chapter, section, quote, lines)
  return { chapter = chapter, section = section, quote = quote, lines = lines }
end

local PROCUREMENT = "sme.noncompetitive_procurement"
local CARTELS = "sme.cooperative_cartels"

local function judge_procurement(p, ctx)
  local g = protection.grade(p, ctx, PROCUREMENT)
  if not g then return end
  ctx:finding{
    id = "noncompetitive_sme_procurement",
    severity = g.severity,
    title = "Public bodies buy from SME cooperatives without competitive bidding",
    message = string.format("Public procurement from SMEs runs through collective agreements " ..
      "without competitive bidding: %s. Korea did the same from 1981 [L645] and replaced it " ..
      "with a Competition System among SMEs in 1995 [L716]. Keep the SME channel but make " ..
      "SMEs bid against each other.", g.summary),
    evidence = g.evidence,
    measures = { "competitive_public_procurement_sme" },
    source = cite(2, "SME Promotion Policy", "signed collective private agreements with SME " ..
      "cooperatives to procure items, without competitive bidding", "L645"),
  }
end

local function judge_cartels(p, ctx)
  local g = protection.grade(p, ctx, CARTELS)
  if not g then return end
  ctx:finding{
    id = "sme_cooperative_cartels",
    severity = g.severity,
    title = "SME cooperatives are allowed to act as cartels",
    message = string.format("SME cooperatives may fix prices or share markets: %s. Until the " ..
      "early 1990s Korea's SME policy 'had supported cartelization on the whole' [L157]; from " ..
      "the mid-1990s it moved towards autonomy and competition [L625]. Bring cooperatives " ..
      "under competition law and turn them into service providers (training, testing, " ..
      "consultancy).", g.summary),
    evidence = g.evidence,
    measures = { "sme_association_service_reform", "competition_law_authority" },
  }
end

local function judge_capture(p, ctx)
  -- unknown capture is a data gap
  local captured, evidence = ctx:check{ field = "sme.cooperatives_captured", op = "==", threshold = true }
  if not captured then return end
  ctx:finding{
    id = "captured_sme_cooperatives",
    severity = "warning",
    title = "SME cooperatives serve interest groups rather than members",
    message = "SME cooperatives are captured by interest groups. Korea's cooperatives 'are " ..
      "influenced by interest groups' and so neglected training, examination, consultancy and " ..
      "specialist services [L931]. Reform their governance and fund them for services their " ..
      "members use.",
    evidence = { evidence },
    measures = { "sme_association_service_reform" },
    source = cite(2, "Structural Change in SMI and Evolution of Diffusion Policies",
      "they are influenced by interest groups", "L931"),
  }
end

local function judge_political(p, ctx)
  if p.sme_programs == nil then
    ctx:missing("sme_programs")
    return
  end
  local names, evidence = {}, {}
  for i, prog in ipairs(p.sme_programs) do
    -- political selection, else a political objective (each judged when stated)
    local political, entry
    for _, key in ipairs({ "selection", "objective" }) do
      if not political and prog[key] ~= nil then
        political, entry = ctx:check{ field = string.format("sme_programs.%d.%s", i, key), op = "==",
                                      threshold = "political" }
      end
    end
    if political then
      names[#names + 1] = prog.name
      evidence[#evidence + 1] = entry
    end
  end
  if #names == 0 then return end
  ctx:finding{
    id = "politically_allocated_sme_support",
    severity = "warning",
    title = "SME support is allocated under political pressure",
    message = "These programmes choose beneficiaries or objectives politically: " ..
      table.concat(names, ", ") .. ". Korea phased out 'the policies that had administered " ..
      "subsidies on account of political pressures' in the 1990s [L625]. Allocate by one " ..
      "clear, published and monitored criterion.",
    evidence = evidence,
    measures = { "performance_based_allocation_criteria" },
    source = cite(2, "SME Promotion and Structural Changes in SMI", "the policies that had " ..
      "administered subsidies on account of political pressures", "L625"),
  }
end

return {
  id = "sme_cartel_procurement_political_subsidy",
  title = "Replace cartels, non-competitive procurement and political subsidies with competition",
  source = cite(nil, "Summary", "Until the early 1990s, policies for SMEs had supported " ..
    "cartelization on the whole.", "L157"),
  requires = {},
  tags = { "sme", "competition", "antipattern" },
  measures = { "competitive_public_procurement_sme", "sme_association_service_reform",
               "competition_law_authority", "performance_based_allocation_criteria" },

  evaluate = function(p, ctx)
    judge_procurement(p, ctx)
    judge_cartels(p, ctx)
    judge_capture(p, ctx)
    judge_political(p, ctx)
  end,
}
