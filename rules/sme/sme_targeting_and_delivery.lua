-- Lesson 45: target sectors with growth potential rather than using SME
-- policy as unemployment relief [L776], and deliver through active,
-- customer-oriented organizations whose performance criteria are in sync
-- with objectives and targeting [L780-782]. Korea: SBC (1979) with
-- provincial branches, SMBA (1996) with regional administrations [L716].
local programs = require("sme.programs")

local function cite(quote, lines)
  return { chapter = 2, section = "SME Promotion Policy", quote = quote, lines = lines }
end

local function judge_objectives(p, ctx)
  if p.sme_programs == nil then
    ctx:missing("sme_programs")
    return
  end
  local all = programs.select(p, function() return true end)
  local relief, evidence = programs.flag(ctx, all, "objective", { op = "==", threshold = "unemployment" })
  if #relief == 0 then return end
  ctx:finding{
    id = "sme_policy_as_unemployment_relief",
    severity = "warning",
    title = "SME programmes are run as unemployment relief",
    message = "These programmes have reducing unemployment as their objective: " ..
      table.concat(relief, ", ") .. ". The report finds such enterprise promotion 'largely " ..
      "motivated by high unemployment rates rather than more specific objectives' [L776] and " ..
      "SME policy used as 'a compromise' for wider aims [L766]; 'it is more appropriate to " ..
      "target support for the sectors that have growth potential' [L776]. Re-target on an " ..
      "identified operational problem in growth sectors and align the delivery bodies' " ..
      "performance criteria with that objective.",
    evidence = evidence,
    measures = { "sme_delivery_performance_criteria" },
    source = cite("it is more appropriate to target support for the sectors that have growth " ..
      "potential", "L776"),
  }
end

local function judge_delivery(p, ctx)
  -- each arrangement must be known: unknown is a data gap
  local no_agency, agency_evidence = ctx:check{ field = "institutions.sme_agency.present", op = "==",
                                                threshold = false }
  if no_agency then
    ctx:finding{
      id = "no_sme_delivery_agency",
      severity = "warning",
      title = "No SME agency delivers support close to firms",
      message = "There is no SME agency. Programmes for SMEs reach few firms when delivery " ..
        "channels 'operate inflexibly, are budget-driven and are short-lived' [L780]; " ..
        "owner-managers rarely seek support, so active, customer-oriented delivery matters. " ..
        "Korea built the SBC in 1979 with provincial branches and the SMBA in 1996 with " ..
        "regional administrations [L716]. Create one agency that delivers funds, diagnosis, " ..
        "training and information through regional offices, before adding programmes.",
      evidence = { agency_evidence },
      measures = { "sme_agency_with_regional_offices" },
      source = cite("delivery channels that operate inflexibly, are budget-driven and are " ..
        "short-lived", "L780"),
    }
  elseif no_agency == false then
    local central, offices_evidence = ctx:check{ field = "governance.sme_agency_regional_offices",
                                                 op = "==", threshold = false }
    if central then
      ctx:finding{
        id = "sme_agency_without_regional_offices",
        severity = "advice",
        title = "The SME agency has no regional offices",
        message = "The SME agency works without regional offices. Local delivery of SME " ..
          "support 'is more appropriate than a centralized approach' [L782]; Korea's SBC and " ..
          "SMBA reached firms through provincial branches and regional administrations [L716].",
        evidence = { offices_evidence },
        measures = { "sme_agency_with_regional_offices" },
      }
    end
  end
  local no_criteria, criteria_evidence = ctx:check{ field = "governance.delivery_performance_criteria",
                                                     op = "==", threshold = false }
  if no_criteria then
    ctx:finding{
      id = "delivery_without_performance_criteria",
      severity = "warning",
      title = "SME delivery bodies have no performance criteria tied to programme objectives",
      message = "The organizations delivering SME support have no performance criteria in " ..
        "sync with programme objectives and targeting. The report: the government 'needs to " ..
        "set carefully designed and clearly defined performance criteria for support delivery " ..
        "organizations', and 'program objectives, targeting and performance criteria for " ..
        "delivery organizations need to be in sync' [L782].",
      evidence = { criteria_evidence },
      measures = { "sme_delivery_performance_criteria" },
      source = cite("program objectives, targeting and performance criteria for delivery " ..
        "organizations need to be in sync", "L782"),
    }
  end
end

return {
  id = "sme_targeting_and_delivery",
  title = "Target growth potential, not unemployment; deliver through active organizations",
  source = cite("new enterprise promotion policies were largely motivated by high unemployment " ..
    "rates rather than more specific objectives", "L776"),
  requires = {},
  tags = { "sme", "targeting", "delivery" },
  measures = { "sme_delivery_performance_criteria", "sme_agency_with_regional_offices" },

  evaluate = function(p, ctx)
    judge_objectives(p, ctx)
    judge_delivery(p, ctx)
  end,
}
