-- Lesson 57: SME R&D grants spread thinly over many individual projects,
-- with no network requirement, or aimed only at adopting foreign technology
-- and localizing imported components, do not build SMEs' design and R&D
-- capability [L933].
local G = "diffusion.sme_rd_grants."

return {
  id = "diffusion_fragmented_rnd_grants_antipattern",
  title = "Thinly spread SME R&D grants build no design capability",
  source = {
    chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
    quote = "Government R&D programs allocated insufficient R&D resources among many projects " ..
      "of individual SMBs without considering either the effect on network formation",
    lines = "L933",
  },
  requires = { "diffusion.sme_rd_grants" },
  tags = { "diffusion", "rd", "sme", "antipattern" },
  measures = { "networked_rnd_consortia_sme", "cooperative_research_associations" },

  evaluate = function(p, ctx)
    local g = p.diffusion.sme_rd_grants
    -- grants too isolated and too small: all three figures are needed
    local network, size, cost = ctx:need(G .. "network_requirement_pct", G .. "avg_size_usd",
                                         G .. "engineer_year_cost_usd")
    local isolated, network_evidence, small, size_evidence
    if network ~= nil and size ~= nil and cost ~= nil then
      isolated, network_evidence = ctx:check{ field = G .. "network_requirement_pct", op = "<",
                                              config = "network_requirement_min_pct" }
    end
    if isolated then
      small, size_evidence = ctx:check{ field = G .. "avg_size_usd", op = "<", threshold = cost,
                                        note = "threshold: the profile's engineer_year_cost_usd" }
    end
    if small then
      ctx:finding{
        id = "thinly_spread_sme_rd_grants",
        severity = "warning",
        title = "SME R&D grants are too small and too isolated to build capability",
        message = string.format("The average SME R&D grant (US$%.0f) is below the cost of one " ..
          "engineer-year (US$%.0f), and only %.0f%% of grants require a network or consortium " ..
          "partner. Korea's programmes spread 'insufficient R&D resources among many projects " ..
          "of individual SMBs' without regard to network formation or the concentration that " ..
          "innovation needs [L933]. Fund fewer, larger projects run by consortia of SMEs, " ..
          "universities and research centres (Korea's regional consortia from 1993 [L720]) " ..
          "and research associations that share testing and prototyping.", g.avg_size_usd,
          g.engineer_year_cost_usd, g.network_requirement_pct),
        evidence = { size_evidence, network_evidence },
        measures = { "networked_rnd_consortia_sme", "cooperative_research_associations" },
      }
    end
    -- what the grants pay for: unknown is a data gap
    local localizing, focus_evidence = ctx:check{ field = G .. "focus", op = "~=",
      threshold = "design_capability", note = "design_capability would build capability" }
    if localizing then
      ctx:finding{
        id = "sme_rd_grants_only_localize",
        severity = "warning",
        title = "SME R&D grants pay for adopting or localizing others' technology",
        message = string.format("Most SME R&D grants go to %s. Korea's support 'mostly aimed at " ..
          "simply promoting the adoption of foreign technologies and developing the production " ..
          "technology of imported components' without regard to SMEs' cumulative design and " ..
          "R&D capability [L933-935]. Tie grants to design capability built in networks.",
          g.focus == "foreign_tech_adoption" and "adopting foreign technology"
            or "localizing imported components"),
        evidence = { focus_evidence },
        measures = { "networked_rnd_consortia_sme" },
      }
    end
  end,
}
