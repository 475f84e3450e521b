-- Lesson 14 (fin_bailout_moral_hazard): ad hoc, firm-specific rescues create
-- moral hazard; restructure by rules, with creditors, defined limits and
-- exit. Korea's rationalization programmes after the second oil shock were
-- criticized for excluding creditors, "for being largely firm-specific rather
-- than industry-specific", for inconsistency and for failing to define the
-- government's commitment [L356]; "Repeated government intervention reduced
-- incentives for positive private restructuring programs and encouraged firms
-- to wait to be rescued by the government" [L360]. The report accepts the
-- systemic argument (distress threatened the banks as a group, [L358]) but
-- keeps the warning.
return {
  id = "fin_bailout_moral_hazard",
  title = "Restructure distressed firms by rules, not ad hoc rescues",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "Repeated government intervention reduced incentives for positive private " ..
      "restructuring programs and encouraged firms to wait to be rescued by the government.",
    lines = "L360",
  },
  requires = { "restructuring.active" },
  tags = { "finance", "industrial", "transition" },
  measures = { "restructuring_framework_rules_based", "competition_authority_review_mergers" },

  evaluate = function(p, ctx)
    local r = p.restructuring
    if not r.active then return end
    if r.firm_specific == nil and r.exit_allowed == nil and r.repeat_rescues_10y == nil then
      ctx:missing("restructuring.firm_specific", "restructuring.exit_allowed",
                  "restructuring.repeat_rescues_10y")
      return
    end
    local systemic = ""
    local npl = p.finance and p.finance.npl_pct
    if npl ~= nil and npl > ctx:threshold("systemic_npl_pct") then
      systemic = string.format(" Non-performing loans of %.0f%% make the systemic argument real, " ..
        "as it was in Korea, where distress \"threatened the viability of commercial banks as a " ..
        "group\" [L358]; that justifies a framework, not case-by-case rescues.", npl)
    end

    local rescues_max = ctx:threshold("repeat_rescues_max")
    local repeated = r.repeat_rescues_10y ~= nil and r.repeat_rescues_10y > rescues_max
    if repeated or r.exit_allowed == false then
      local evidence = {}
      if repeated then
        evidence[#evidence + 1] = { field = "restructuring.repeat_rescues_10y", op = ">",
                                    threshold = rescues_max }
      end
      if r.exit_allowed == false then evidence[#evidence + 1] = { field = "restructuring.exit_allowed" } end
      ctx:finding{
        id = "rescue_expectations_moral_hazard",
        severity = "critical",
        title = "Firms expect to be rescued rather than restructure",
        message = (repeated and string.format("Firms in the same industry have been rescued %d " ..
          "times in ten years", r.repeat_rescues_10y) or "Failing firms are not allowed to exit") ..
          ". In Korea the government \"would not let troubled firms go bankrupt\" and the cost " ..
          "was \"paid by consumers and tax payers\" [L350]; repeated intervention taught firms to " ..
          "wait for a rescue [L360]. Adopt an industry-wide, rules-based framework with creditors " ..
          "at the table, a stated limit to public support and real exit." .. systemic,
        evidence = evidence,
        measures = { "restructuring_framework_rules_based" },
      }
    end

    if r.firm_specific and (r.creditors_involved == false or r.commitment_defined == false) then
      local evidence = { { field = "restructuring.firm_specific" } }
      if r.creditors_involved == false then
        evidence[#evidence + 1] = { field = "restructuring.creditors_involved" }
      end
      if r.commitment_defined == false then
        evidence[#evidence + 1] = { field = "restructuring.commitment_defined" }
      end
      local measures = { "restructuring_framework_rules_based" }
      if r.competition_authority_involved == false then
        measures[2] = "competition_authority_review_mergers"
        evidence[#evidence + 1] = { field = "restructuring.competition_authority_involved" }
      end
      ctx:finding{
        id = "ad_hoc_firm_rescues",
        severity = "warning",
        title = "Restructuring is decided firm by firm without creditors or defined limits",
        message = "Restructuring is decided firm by firm" ..
          (r.creditors_involved == false and ", without the creditors" or "") ..
          (r.commitment_defined == false and ", with no stated limit to public support" or "") ..
          ". Korea's 1980s rationalization programmes drew exactly these criticisms [L356] and " ..
          "bypassed competitive solutions [L358]. Set industry-wide rules, involve the creditors, " ..
          "state the government's commitment up front and have the competition authority review " ..
          "mergers and cartels." .. systemic,
        evidence = evidence,
        measures = measures,
      }
    end
  end,
}
