-- Lesson 40: a low share of SMEs doing R&D calls for receptor-capacity
-- measures and cost-sharing, not direct grants to every small firm: direct
-- R&D support suits medium-sized firms (about 50 employees and up), since
-- smaller ones can hardly sustain a research programme (fn 54 [L941]).
-- Korea 1993: 7.7% of manufacturing SMEs did their own R&D [L883];
-- Germany about 40% (fn 47 [L885]).
local function cite(quote, lines, footnote)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           footnote = footnote, quote = quote, lines = lines }
end

return {
  id = "sme_rnd_participation_gap",
  title = "Few SMEs do R&D: build receptor capacity and share costs",
  source = cite("In 1993, only 7.7 percent of the manufacturing SMBs carried out their own R&D.",
                "L883"),
  requires = {},
  tags = { "sme", "rd", "technology" },
  measures = { "diffusion_l2_technical_assistance_extension", "cooperative_research_associations",
               "rnd_tax_incentives_reserve_funds", "innovative_sme_rnd_support" },

  evaluate = function(p, ctx)
    -- both figures are needed: an unknown one is a data gap
    local share = ctx:get("sme.rd_performing_pct")
    local intensity = ctx:get("sme.rd_to_sales_pct")
    local few, share_evidence = ctx:check{ field = "sme.rd_performing_pct", op = "<",
      config = "rd_performing_min_pct", benchmark = 7.7, note = "Korea 1993 [L883]; Germany about 40 [L885]" }
    if few then
      ctx:finding{
        id = "few_smes_do_rnd",
        severity = "warning",
        title = "Few SMEs do any R&D of their own",
        message = string.format("Only %.1f%% of manufacturing SMEs do their own R&D (Korea " ..
          "1993: 7.7%%; Germany about 40%% of its 20-1,000-employee firms). R&D grants will " ..
          "reach few firms; build receptor capacity first: technical assistance and extension " ..
          "for the many small firms, research associations that share testing and " ..
          "prototyping, and direct R&D support aimed at medium-sized firms of about 50 " ..
          "employees and more, where 95%% of Korea's SME R&D took place (fn 54 [L941]).", share),
        evidence = { share_evidence },
        measures = { "diffusion_l2_technical_assistance_extension", "cooperative_research_associations",
                     "innovative_sme_rnd_support" },
      }
    end
    local negligible, intensity_evidence = ctx:check{ field = "sme.rd_to_sales_pct", op = "<=",
      config = "rd_to_sales_low_pct", benchmark = 0.3, note = "Korea 1990s [L941]" }
    if negligible then
      ctx:finding{
        id = "sme_rnd_intensity_negligible",
        severity = "warning",
        title = "SME R&D spending is negligible relative to sales",
        message = string.format("SMEs spend %.2f%% of sales on R&D, as low as Korea's SMEs, " ..
          "whose ratio was 'rarely exceeding 0.3 percent' (fn 54 [L941]). Lower the cost of " ..
          "R&D with tax deductions and tax-free technology-development reserves, and share it " ..
          "through research associations.", intensity),
        evidence = { intensity_evidence },
        measures = { "rnd_tax_incentives_reserve_funds", "cooperative_research_associations" },
        source = cite("rarely exceeding 0.3 percent", "L941", 54),
      }
    end
    local top20 = ctx:get("technology.top20_firms_rd_share_pct")
    local concentrated, top20_evidence
    if top20 ~= nil then
      concentrated, top20_evidence = ctx:check{ field = "technology.top20_firms_rd_share_pct",
                                                op = ">=", config = "top20_rd_share_info_pct" }
    end
    if concentrated then
      ctx:finding{
        id = "industrial_rnd_concentrated_in_top_firms",
        severity = "info",
        title = "Industrial R&D is concentrated in the largest firms",
        message = string.format("The 20 largest firms do %.0f%% of industrial R&D; in Korea " ..
          "'The top 20 corporations contributed over 50 percent' (fn 54 [L941]). SME R&D " ..
          "support has to work with, not only against, that concentration: supplier " ..
          "development with large firms (lesson 49).", top20),
        evidence = { top20_evidence },
        source = cite("The top 20 corporations contributed over 50 percent", "L941", 54),
      }
    end
  end,
}
