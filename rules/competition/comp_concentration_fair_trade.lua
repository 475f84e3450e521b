-- Lesson 17 (comp_concentration_fair_trade): scale-economy promotion through
-- a few business groups concentrates economic power; a competition law is
-- needed, and its authority must actually cover restructuring mergers and
-- cartels. Korea's concentration measures "had not been successful; and the
-- share of the conglomerates in GNP rose markedly in the late 1970s"; the Fair
-- Trade Law came in 1981, but restructuring mergers and cartels were set by
-- the Industrial Policy Council and "did not generally involve the Office of
-- Fair Trade"; a 1985 cap on bank lending to the five largest groups was
-- quickly lifted [L370]. Groups were later "urged to list their shares" [L398].
return {
  id = "comp_concentration_fair_trade",
  title = "Use a competition authority that covers restructuring and group concentration",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "set by the high-level Industrial Policy Council and did not generally involve the " ..
      "Office of Fair Trade",
    lines = "L370",
  },
  requires = { "institutions.competition_authority.present" },
  tags = { "competition", "catch_up", "transition" },
  measures = { "competition_law_authority", "competition_authority_review_mergers",
               "large_group_credit_limits_with_equity_listing" },

  evaluate = function(p, ctx)
    local present = p.institutions.competition_authority.present
    local absent, absent_evidence = ctx:check{ field = "institutions.competition_authority.present",
                                               op = "==", threshold = false }
    if absent then
      -- active sector targeting: industrial programmes, else a selective targeting mode
      -- (neither stated counts as no targeting: the stage then decides the urgency)
      local targeting, targeting_evidence = false, nil
      if p.industrial_programs ~= nil and #p.industrial_programs > 0 then
        targeting = true
        targeting_evidence = { field = "industrial_programs.1.name", note = "sector targeting is active" }
      elseif p.strategy ~= nil and p.strategy.targeting_mode ~= nil then
        targeting, targeting_evidence = ctx:check{ field = "strategy.targeting_mode", op = "==",
                                                   threshold = "selective" }
      end
      local stage = p.derived.stage and p.derived.stage.id
      local past_catch_up, stage_evidence
      if stage ~= nil or not targeting then
        -- unknown without targeting is a data gap: the stage alone shows the pressure then
        past_catch_up, stage_evidence = ctx:check{ field = "derived.stage.id", op = "~=",
                                                   threshold = "catch_up" }
      end
      local pressing = targeting or past_catch_up
      local evidence = { absent_evidence }
      if targeting then
        evidence[2] = targeting_evidence
      elseif stage ~= nil then
        -- the comparison is cited only when it held (a stage past catch-up makes it pressing)
        evidence[2] = past_catch_up and stage_evidence or { field = "derived.stage.id", value = stage }
      end
      if stage ~= nil or targeting then
        ctx:finding{
          id = "no_competition_authority",
          severity = pressing and "warning" or "advice",
          title = "There is no competition law and authority",
          message = "The country has no competition authority" ..
            (targeting and " while it promotes targeted sectors through large firms" or "") ..
            ". Korea's scale-economy drive through a few business groups raised the " ..
            "conglomerates' share of GNP markedly in the late 1970s and earlier concentration " ..
            "measures failed [L370]; it adopted the Fair Trade Law in 1981, after the HCI drive. " ..
            "Adopt a competition law no later than the end of the sector-targeting phase.",
          evidence = evidence,
          measures = { "competition_law_authority" },
        }
      end
    end

    -- a restructuring programme that leaves the authority out (unknown: not judged)
    local r = p.restructuring
    if present and r and r.active ~= nil and r.competition_authority_involved ~= nil then
      local active, active_evidence = ctx:check{ field = "restructuring.active", op = "==",
                                                 threshold = true }
      local bypassed, bypassed_evidence
      if active then
        bypassed, bypassed_evidence = ctx:check{
          field = "restructuring.competition_authority_involved", op = "==", threshold = false }
      end
      if bypassed then
        ctx:finding{
          id = "competition_authority_bypassed",
          severity = "warning",
          title = "Restructuring mergers and cartels bypass the competition authority",
          message = "A restructuring programme is under way without the competition authority. " ..
            "In Korea mergers and cartels in restructuring were set by the Industrial Policy " ..
            "Council and \"did not generally involve the Office of Fair Trade\" [L370]; the " ..
            "government \"bypassed competitive solutions\" [L358]. Give the authority review of " ..
            "restructuring mergers and cartels.",
          evidence = { { field = "institutions.competition_authority.present" }, active_evidence,
                       bypassed_evidence },
          measures = { "competition_authority_review_mergers" },
        }
      end
    end

    local concentrated, share_evidence
    if p.finance and p.finance.large_group_credit_share_pct ~= nil then
      concentrated, share_evidence = ctx:check{ field = "finance.large_group_credit_share_pct",
                                                op = ">", config = "large_group_credit_share_max" }
    end
    if concentrated then
      ctx:finding{
        id = "credit_concentrated_in_large_groups",
        severity = "advice",
        title = "Bank credit is concentrated in the largest business groups",
        message = string.format(
          "The five largest business groups take %.0f%% of bank credit. Korea capped additional " ..
          "lending to its five largest groups at their 1983 share in 1985 but \"then quickly " ..
          "lifted the restrictions\" under export pressure [L370]. Set credit-concentration " ..
          "limits that hold, tied to equity listing by the groups [L398].",
          p.finance.large_group_credit_share_pct),
        evidence = { share_evidence },
        measures = { "large_group_credit_limits_with_equity_listing" },
      }
    end
  end,
}
