-- Lesson 27 (st_private_rnd_incentives): in the duplicative and adaptive
-- stages, shift R&D financing to industry through tax incentives, R&D reserve
-- funds, guarantees, IPR and demand-side measures. Korea's R&D rose from 0.8%
-- of GNP in 1980 to 1.9% in 1990 [L141] while the financing flipped: the
-- government paid 60% in the early 1980s, industry "a little more than 70
-- percent" by the late 1980s (fn 18 [L481]); industry spent 2.4% of turnover
-- on R&D in 1993 against Japan's 3.5% (fn 18); the Sixth Plan asked firms for
-- "2-3 percent of their gross sales" [L420].
return {
  id = "st_private_rnd_incentives",
  title = "Shift R&D financing to industry through indirect incentives",
  source = {
    section = "Summary",
    quote = "R&D expenditures increased from 0.8 percent of GNP in 1980 to 1.9 percent of GNP " ..
      "in 1990.",
    lines = "L141",
  },
  requires = { "derived.stage.id" },
  tags = { "st", "technology", "transition" },
  measures = { "rnd_tax_incentives_reserve_funds", "tech_credit_guarantee_fund",
               "ip_protection_strengthening", "public_procurement_new_products",
               "national_rnd_program_public_private" },

  evaluate = function(p, ctx)
    local transition, stage_evidence = ctx:check{ field = "derived.stage.id", op = "==",
                                                  threshold = "transition" }
    if not transition then return end
    local tech = p.technology or {}
    local rd, business, intensity = tech.rd_pct_gdp, tech.business_rd_share_pct, tech.industry_rd_pct_sales
    if rd == nil and business == nil and intensity == nil then
      ctx:missing("technology.rd_pct_gdp", "technology.business_rd_share_pct",
                  "technology.industry_rd_pct_sales")
      return
    end
    -- each signal is judged when its figure is known
    local evidence, observed = { stage_evidence }, {}
    if rd ~= nil then
      local low, entry = ctx:check{ field = "technology.rd_pct_gdp", op = "<", config = "rd_pct_gdp_min",
                                    benchmark = 1.9, note = "Korea 1990 [L141]" }
      if low then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("R&D is %.1f%% of GDP", rd)
      end
    end
    if business ~= nil then
      local low, entry = ctx:check{ field = "technology.business_rd_share_pct", op = "<",
        config = "business_rd_share_min", benchmark = 70, note = "Korea late 1980s (fn 18 [L481])" }
      if low then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("industry finances %.0f%% of it", business)
      end
    end
    if #observed > 0 then
      ctx:finding{
        id = "rnd_financing_not_shifted_to_industry",
        severity = "advice",
        title = "R&D is small and still financed by government",
        message = "At the transition stage " .. table.concat(observed, " and ") .. ". Korea " ..
          "doubled R&D to 1.9% of GNP in the 1980s [L141] while the financing shifted from 60% " ..
          "government to over 70% industry (fn 18 [L481]), through tax incentives under the " ..
          "Technology Development Promotion Act, a national R&D programme with joint " ..
          "public-private projects (1982) [L384] and, later, technology credit guarantees. Shift " ..
          "to indirect incentives: R&D tax credits and reserve funds, technology credit " ..
          "guarantees, stronger IP protection and public procurement of new products.",
        evidence = evidence,
        measures = { "rnd_tax_incentives_reserve_funds", "tech_credit_guarantee_fund",
                     "ip_protection_strengthening", "public_procurement_new_products",
                     "national_rnd_program_public_private" },
      }
    end
    local low_intensity, intensity_evidence
    if intensity ~= nil then
      low_intensity, intensity_evidence = ctx:check{ field = "technology.industry_rd_pct_sales",
        op = "<", config = "industry_rd_pct_sales_min", benchmark = 2.4, note = "Korea 1993 (fn 18 [L481])" }
    end
    if low_intensity then
      ctx:finding{
        id = "low_industry_rnd_intensity",
        severity = "advice",
        title = "Firms spend little of their sales on R&D",
        message = string.format(
          "Industry spends %.1f%% of turnover on R&D. Korea's Sixth Plan asked firms for \"2-3 " ..
          "percent of their gross sales\" [L420]; Korean industry reached 2.4%% in 1993 against " ..
          "Japan's 3.5%% (fn 18 [L481]). Strengthen R&D tax credits and technology reserve funds.",
          intensity),
        evidence = { intensity_evidence },
        measures = { "rnd_tax_incentives_reserve_funds" },
      }
    end
  end,
}
