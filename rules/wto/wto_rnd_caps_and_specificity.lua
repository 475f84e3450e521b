-- Lesson 65: keep research assistance within the shares footnote 62 gives
-- (75% of industrial research, 50% of pre-competitive development; 62.5% for
-- programmes spanning both, Art 8.2(a)), and manage specificity: SCM Art 8
-- lapsed at the end of 1999 (Art 31), so research, regional and environmental
-- aid that met its tests is today an ordinary actionable subsidy when it is
-- specific. Objective, size-based, automatic schemes are not specific
-- (Art 2.1(b) and its footnote 2). The programmes' art8_profile is read
-- through the WTO classifier (rules/lib/wto, docs/wto.md).
local programs = require("wto.programs")
local law = require("wto.law")

local RESEARCH_WHAT = {
  industrial_research = "industrial research",
  precompetitive_development = "pre-competitive development",
  both = "industrial research and pre-competitive development together",
}

return {
  id = "wto_rnd_caps_and_specificity",
  title = "Keep research aid within the 75/50 shares and manage specificity",
  source = {
    chapter = 2, section = "Implications for Latecomers", footnote = 62,
    quote = "The assistance covers not more than 75 percent of the cost of industrial research " ..
      "or 50 percent of the cost of pre-competitive development activity",
    lines = "L1012",
  },
  requires = { "subsidy_programs" },
  tags = { "wto", "technology", "subsidies" },
  measures = { "strategic_rnd_consortium_cost_sharing", "rnd_tax_incentives_reserve_funds",
               "innovative_sme_rnd_support" },

  evaluate = function(p, ctx)
    local above, specific, non_specific = {}, {}, {}
    local above_evidence, specific_evidence, non_specific_evidence = {}, {}, {}
    for _, c in ipairs(programs.classified(p, ctx)) do
      local a = c.program.art8_profile
      local cap = a and law.art8_2a_max_pct[a.kind]
      local e = c.entry
      -- research aid against the former Art 8.2(a) share for its kind (unknown: a data gap)
      local over, intensity_evidence
      if cap then
        over, intensity_evidence = ctx:check{ field = c.field .. ".art8_profile.aid_intensity_pct",
                                              op = ">", threshold = cap }
      end
      if over then
        above[#above + 1] = string.format("%s (%g%% of %s costs, above %g%%)", c.label,
          a.aid_intensity_pct, RESEARCH_WHAT[a.kind], cap)
        above_evidence[#above_evidence + 1] = intensity_evidence
      end
      if a then ctx:note(string.format("%s: %s", c.label, e.classification)) end
      if a and e.facts.specific and not e.facts.prohibited then
        specific[#specific + 1] = c.label .. " (" .. e.classification .. ")"
        specific_evidence[#specific_evidence + 1] = { field = c.field .. ".art8_profile.kind" }
      elseif a and e.classification == "non_specific" then
        non_specific[#non_specific + 1] = c.label
        non_specific_evidence[#non_specific_evidence + 1] = { field = c.field .. ".eligibility" }
      end
    end

    if #above > 0 then
      ctx:finding{
        id = "rnd_aid_above_former_art8_shares",
        severity = "warning",
        title = "Research aid covers more of the costs than the former Art 8 shares",
        message = "Public aid exceeds the shares footnote 62 describes: " .. programs.join(above) ..
          ". Those shares (Art 8.2(a)) no longer shelter anything since Art 8 lapsed in 1999, " ..
          "but they remain the benchmark of a defensible design, and higher shares weaken the " ..
          "firms' own stake. Korea split the 1991-95 production-technology projects equally " ..
          "with industry [L520].",
        evidence = above_evidence,
        measures = { "strategic_rnd_consortium_cost_sharing", "innovative_sme_rnd_support" },
      }
    end
    if #specific > 0 then
      ctx:finding{
        id = "former_art8_aid_specific_actionable",
        severity = "advice",
        title = "Research, regional or environmental aid is specific, so actionable",
        message = programs.join(specific) .. ": specific under SCM Art 2, and the Art 8 " ..
          "categories that once made such aid non-actionable (research, disadvantaged regions, " ..
          "environmental adaptation) lapsed on 31 December 1999 (Art 31). Another member may " ..
          "challenge it if it causes adverse effects. Prefer generally available or objective, " ..
          "size-based, automatic designs; do not assume regional aid is safe because of the " ..
          "lapsed Art 8.2(b).",
        evidence = specific_evidence,
        measures = { "rnd_tax_incentives_reserve_funds", "innovative_sme_rnd_support" },
      }
    end
    if #non_specific > 0 then
      ctx:finding{
        id = "rnd_aid_not_specific",
        severity = "info",
        title = "Research aid on objective criteria is not specific",
        message = programs.join(non_specific) .. ": eligibility on objective criteria such as " ..
          "firm size, automatic and spelled out in law, so not specific (SCM Art 2.1(b) and " ..
          "footnote 2), whatever share of costs it covers; keep it so in practice (Art 2.1(c)).",
        evidence = non_specific_evidence,
        measures = { "innovative_sme_rnd_support" },
      }
    end
  end,
}
