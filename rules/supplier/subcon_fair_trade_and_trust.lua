-- Lesson 50: predatory large-firm behaviour (late payment, unfair pricing)
-- blocks collaboration [L889]; enforce fair subcontracting (Korea's 1984 Act
-- [L655], FTC surveillance [L714]) and reward cooperative relationships.
local function cite(section, quote, lines)
  return { chapter = 2, section = section, quote = quote, lines = lines }
end

return {
  id = "subcon_fair_trade_and_trust",
  title = "Enforce fair subcontracting; predatory large firms block collaboration",
  source = cite("Structural Change in SMI and Evolution of Diffusion Policies",
    "had a reputation for behaving in a predatory manner towards smaller firms", "L889"),
  requires = {},
  tags = { "supplier", "sme", "competition" },
  measures = { "fair_subcontracting_enforcement", "sme_receivables_discounting",
               "cooperation_incentives_large_sme" },

  evaluate = function(p, ctx)
    -- no fair subcontracting law, with subcontracting widespread (each must be known)
    local no_law, law_evidence = ctx:check{ field = "institutions.fair_subcontracting_law.present",
                                            op = "==", threshold = false }
    if no_law then
      local share = p.sme and p.sme.subcontracting_firms_pct
      local widespread, share_evidence = ctx:check{ field = "sme.subcontracting_firms_pct", op = ">",
                                                    config = "subcontracting_min_pct" }
      if widespread then
        ctx:finding{
          id = "no_fair_subcontracting_law",
          severity = "warning",
          title = "Many SMEs live on subcontracting and no law protects them",
          message = string.format("%.0f%% of SMEs are subcontractors and there is no fair " ..
            "subcontracting law. As subcontracting spread, Korea's unfair practices grew and it " ..
            "enacted the Act on Fair Trade in Subcontracting in 1984: long-term contracts, " ..
            "sanctions on unfair pricing, penalties for late payment [L655].", share),
          evidence = { law_evidence, share_evidence },
          measures = { "fair_subcontracting_enforcement" },
          source = cite("SME Promotion Policy", "strengthen penalties against undue delinquent " ..
            "payments", "L655"),
        }
      end
    end
    local late = ctx:get("sme.late_payment_incidence_pct")
    local relation = ctx:get("sme.large_firm_supplier_relationship")
    if late == nil and relation == nil then
      ctx:missing("sme.late_payment_incidence_pct", "sme.large_firm_supplier_relationship")
      return
    end
    -- either is enough; each is judged when stated
    local reasons, evidence = {}, {}
    if late ~= nil then
      local frequent, entry = ctx:check{ field = "sme.late_payment_incidence_pct", op = ">",
                                         config = "late_payment_max_pct" }
      if frequent then
        reasons[#reasons + 1] = string.format("%.0f%% of subcontractors are paid late", late)
        evidence[#evidence + 1] = entry
      end
    end
    if relation ~= nil then
      local predatory, entry = ctx:check{ field = "sme.large_firm_supplier_relationship", op = "==",
                                          threshold = "predatory" }
      if predatory then
        reasons[#reasons + 1] = "large firms treat suppliers in a predatory way"
        evidence[#evidence + 1] = entry
      end
    end
    if #reasons == 0 then return end
    ctx:finding{
      id = "predatory_subcontracting",
      severity = "warning",
      title = "Large firms' treatment of suppliers blocks collaboration",
      message = "In subcontracting, " .. table.concat(reasons, ", and ") .. ". Korea's large " ..
        "corporations 'had a reputation for behaving in a predatory manner towards smaller " ..
        "firms', a legacy that 'constituted a major impediment to successful collaboration' " ..
        "[L889]. Enforce payment terms and fair pricing (with competition-authority " ..
        "surveillance, as Korea's FTC did [L714]), let SMEs discount buyers' bills, and give " ..
        "large firms that cooperate with suppliers priority in support programmes.",
      evidence = evidence,
      measures = { "fair_subcontracting_enforcement", "sme_receivables_discounting",
                   "cooperation_incentives_large_sme" },
    }
  end,
}
