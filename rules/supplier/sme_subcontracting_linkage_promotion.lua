-- Lesson 34: when assembly industries expand, promote SME specialization as
-- subcontractors and parts suppliers (Korea 1975 Act; subcontract firms
-- 23.2% in 1981 to 63.2% in 1992 [L861]). Watch whether subcontracting
-- builds capability or only cuts costs: a high subcontracting share with the
-- productivity gap widening in machinery, electronics and transport is the
-- cost-driven pattern Korea showed in 1980-92 [L837].
local branches = require("sme.branches")

local FIELD = "sme.subcontracting_firms_pct"

local function cite(quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           table = "2-4", quote = quote, lines = lines }
end

return {
  id = "sme_subcontracting_linkage_promotion",
  title = "Promote SME subcontracting with assembly growth; check that it builds capability",
  source = cite("increased from 23.2 percent in 1981 to 63.2 percent by 1992", "L861"),
  requires = { FIELD },
  tags = { "supplier", "sme", "subcontracting" },
  measures = { "subcontracting_promotion_framework", "sme_industrial_estates_common_testing",
               "first_tier_supplier_upgrading_program" },

  evaluate = function(p, ctx)
    local share = p.sme.subcontracting_firms_pct
    local low, share_evidence = ctx:check{ field = FIELD, op = "<", config = "subcontracting_low_pct",
                                           benchmark = 23.2, note = "Korea 1981 [L861]" }
    if low then
      -- fast-growing assemblers need suppliers (their growth must be known)
      local fast, growth_evidence = ctx:check{ field = "macro.assembly_industries_growth_pct",
                                               op = ">=", config = "assembly_growth_fast_pct" }
      if not fast then return end
      local growth = p.macro.assembly_industries_growth_pct
      ctx:finding{
        id = "subcontracting_linkages_underdeveloped",
        severity = "advice",
        title = "Assembly industries grow fast but few SMEs supply them",
        message = string.format("Assembly industries grow %.1f%% a year while only %.0f%% of " ..
          "SMEs are subcontractors. Korea induced SMEs to 'specialize in the production of " ..
          "parts and components' as its assemblers grew (1977-81 [L635]; Subcontracting " ..
          "System Promotion Act 1975), with designated subcontracting items, SME estates with " ..
          "common testing facilities and a division of labour with large firms. Do the same, " ..
          "without the entry bans Korea attached (lesson 35), or assemblers will keep " ..
          "importing their parts (lesson 11).", growth, share),
        evidence = { growth_evidence, share_evidence },
        measures = { "subcontracting_promotion_framework", "sme_industrial_estates_common_testing" },
        source = { chapter = 2, section = "SME Promotion Policy", quote = "induced SMEs to " ..
          "specialize in the production of parts and components", lines = "L635" },
      }
      return
    end
    local high, high_evidence = ctx:check{ field = FIELD, op = ">", config = "subcontracting_high_pct",
                                           benchmark = 63.2, note = "Korea 1992 [L861]" }
    if not high then return end
    local b = branches.gap_changes(p, ctx, true)
    if #b.machinery == 0 then return end
    local evidence = { high_evidence }
    for _, e in ipairs(b.machinery_evidence) do evidence[#evidence + 1] = e end
    ctx:finding{
      id = "cost_driven_subcontracting",
      severity = "warning",
      title = "Subcontracting is buying low costs, not building supplier capability",
      message = string.format("%.0f%% of SMEs are subcontractors, and the SME-large firm " ..
        "productivity gap is widening where subcontracting concentrates: %s. Korea's pattern " ..
        "in 1980-92 was the same (subcontract firms 63.2%% by 1992; machinery & equipment " ..
        "62.4 to 46.8): large firms contracted out to cut costs [L837] and treated " ..
        "subcontractors as low-cost buffers (fn 48). Move from linkage to capability: upgrade " ..
        "first-tier suppliers to design-capable systems-component makers (lesson 49).", share,
        table.concat(b.machinery, "; ")),
      evidence = evidence,
      measures = { "first_tier_supplier_upgrading_program" },
      source = cite("large firms looking for opportunities to cut costs were increasingly " ..
        "contracting out manufacturing functions previously performed internally", "L837"),
    }
  end,
}
