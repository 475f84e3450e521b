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
    if not ctx:check{ field = "restructuring.active", op = "==", threshold = true } then return end
    if r.firm_specific == nil and r.exit_allowed == nil and r.repeat_rescues_10y == nil then
      ctx:missing("restructuring.firm_specific", "restructuring.exit_allowed",
                  "restructuring.repeat_rescues_10y")
      return
    end
    -- a stated "no" (an unstated one is not judged)
    local function stated_false(field)
      if ctx:get(field) == nil then return false end
      return ctx:check{ field = field, op = "==", threshold = false }
    end
    local systemic = ""
    local npl = p.finance and p.finance.npl_pct
    if npl ~= nil and ctx:check{ field = "finance.npl_pct", op = ">", config = "systemic_npl_pct" } then
      systemic = string.format(" Non-performing loans of %.0f%% make the systemic argument real, " ..
        "as it was in Korea, where distress \"threatened the viability of commercial banks as a " ..
        "group\" [L358]; that justifies a framework, not case-by-case rescues.", npl)
    end

    local evidence = {}
    local repeated, repeated_evidence
    if r.repeat_rescues_10y ~= nil then
      repeated, repeated_evidence = ctx:check{ field = "restructuring.repeat_rescues_10y", op = ">",
                                               config = "repeat_rescues_max" }
      if repeated then evidence[#evidence + 1] = repeated_evidence end
    end
    local no_exit, exit_evidence = stated_false("restructuring.exit_allowed")
    if no_exit then evidence[#evidence + 1] = exit_evidence end
    if #evidence > 0 then
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

    local firm_specific, firm_evidence
    if r.firm_specific ~= nil then
      firm_specific, firm_evidence = ctx:check{ field = "restructuring.firm_specific", op = "==",
                                                threshold = true }
    end
    if not firm_specific then return end
    evidence = { firm_evidence }
    local no_creditors, creditors_evidence = stated_false("restructuring.creditors_involved")
    if no_creditors then evidence[#evidence + 1] = creditors_evidence end
    local no_limit, limit_evidence = stated_false("restructuring.commitment_defined")
    if no_limit then evidence[#evidence + 1] = limit_evidence end
    if not (no_creditors or no_limit) then return end
    local measures = { "restructuring_framework_rules_based" }
    local bypassed, bypassed_evidence = stated_false("restructuring.competition_authority_involved")
    if bypassed then
      measures[2] = "competition_authority_review_mergers"
      evidence[#evidence + 1] = bypassed_evidence
    end
    ctx:finding{
      id = "ad_hoc_firm_rescues",
      severity = "warning",
      title = "Restructuring is decided firm by firm without creditors or defined limits",
      message = "Restructuring is decided firm by firm" ..
        (no_creditors and ", without the creditors" or "") ..
        (no_limit and ", with no stated limit to public support" or "") ..
        ". Korea's 1980s rationalization programmes drew exactly these criticisms [L356] and " ..
        "bypassed competitive solutions [L358]. Set industry-wide rules, involve the creditors, " ..
        "state the government's commitment up front and have the competition authority review " ..
        "mergers and cartels." .. systemic,
      evidence = evidence,
      measures = measures,
    }
  end,
}
