-- Lesson 30: enact a framework SME act with an objective, size-based SME
-- definition, revise it as firms grow, and collect statistics by size class
-- (Korea: Fundamental Act 1966, scope widened 1976, fn 34 [L637]; the size
-- tables of lessons 38-40 come from the annual manufacturing survey [L792]).
local function cite(quote, lines, footnote)
  return { chapter = 2, section = "SME Promotion Policy", footnote = footnote, quote = quote,
           lines = lines }
end

local function judge_revision(p, ctx)
  -- revised definition_max_age_years or more ago (unknown: a data gap)
  local max_age = ctx:threshold("definition_max_age_years")
  local stale, revised_evidence = ctx:check{ field = "sme.definition_last_revised", op = "<=",
                                             threshold = p.country.year - max_age }
  if not stale then return end
  local revised = p.sme.definition_last_revised
  local age = p.country.year - revised
  revised_evidence.note = string.format("%d years before %d; review at %d years", age,
                                        p.country.year, max_age)
  ctx:finding{
    id = "sme_definition_not_revised",
    severity = "advice",
    title = "The legal SME definition has not kept up with firm growth",
    message = string.format("The legal SME definition was last revised in %d, %d years ago. " ..
      "Korea's 1966 Act defined SMEs as up to 200 employees in manufacturing and widened the " ..
      "scope to 300 in 1976 'to catch up with the growing size SMEs' (fn 34 [L637]). Review " ..
      "the employment and asset ceilings against today's firm sizes.", revised, age),
    evidence = { revised_evidence },
    measures = { "sme_framework_act_definition" },
    source = cite("expanded in 1976 to catch up with the growing size SMEs", "L637", 34),
  }
end

local function judge_statistics(p, ctx)
  local no_stats, stats_evidence = ctx:check{ field = "institutions.sme_statistics_by_size.present",
                                              op = "==", threshold = false }
  if not no_stats then return end
  ctx:finding{
    id = "no_size_class_statistics",
    severity = "advice",
    title = "No statistics by establishment size",
    message = "There are no regular statistics by establishment size. The diagnosis of the " ..
      "SME-large firm gaps (employment, productivity and wages by size class, Tables 2-2 to " ..
      "2-4) rests on Korea's annual manufacturing survey by size [L792]. Publish employment, " ..
      "wages and value added for establishments of 5-19, 20-99, 100-299 and 300+ persons each " ..
      "year, and say whether the smallest firms are covered (Korea's often excluded those " ..
      "below 5 persons, fn 46 [L798]).",
    evidence = { stats_evidence },
    measures = { "sme_size_class_statistics" },
    source = cite("many official statistics often exclude extremely small firms below 5 persons",
                  "L798", 46),
  }
end

return {
  id = "sme_legal_definition_framework",
  title = "Enact a framework SME act with an objective size definition, and size statistics",
  source = cite("The SME Fundamental Act was enacted in 1966.", "L633"),
  requires = { "institutions.sme_framework_law.present" },
  tags = { "sme", "institutions", "statistics" },
  measures = { "sme_framework_act_definition", "sme_size_class_statistics" },

  evaluate = function(p, ctx)
    local no_law, law_evidence = ctx:check{ field = "institutions.sme_framework_law.present",
                                            op = "==", threshold = false }
    if no_law then
      ctx:finding{
        id = "no_sme_framework_act",
        severity = "warning",
        title = "There is no framework SME act defining SMEs",
        message = "There is no framework SME law. It is the first SME measure: Korea enacted " ..
          "its SME Fundamental Act in 1966 [L633], defining SMEs objectively by employees and " ..
          "assets (fn 34 [L637]) and mandating policy on competitiveness, large-firm relations, " ..
          "finance and guidance; every later SME measure rested on it. Enact one with a " ..
          "size-based definition (employees, assets), which also keeps SME support non-specific " ..
          "under WTO rules.",
        evidence = { law_evidence },
        measures = { "sme_framework_act_definition" },
      }
    else
      judge_revision(p, ctx)
    end
    judge_statistics(p, ctx)
  end,
}
