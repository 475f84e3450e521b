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
    local targeting = (p.industrial_programs ~= nil and #p.industrial_programs > 0) or
      (p.strategy ~= nil and p.strategy.targeting_mode == "selective")
    local stage = p.derived.stage and p.derived.stage.id

    if not present then
      local pressing = targeting or (stage ~= nil and stage ~= "catch_up")
      if not targeting and stage == nil then ctx:missing("derived.stage.id") end
      local evidence = { { field = "institutions.competition_authority.present" } }
      if targeting then
        evidence[2] = p.industrial_programs and #p.industrial_programs > 0
          and { field = "industrial_programs.1.name", note = "sector targeting is active" }
          or { field = "strategy.targeting_mode" }
      elseif stage ~= nil then
        evidence[2] = { field = "derived.stage.id", value = stage }
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

    local r = p.restructuring
    if present and r and r.active and r.competition_authority_involved == false then
      ctx:finding{
        id = "competition_authority_bypassed",
        severity = "warning",
        title = "Restructuring mergers and cartels bypass the competition authority",
        message = "A restructuring programme is under way without the competition authority. " ..
          "In Korea mergers and cartels in restructuring were set by the Industrial Policy " ..
          "Council and \"did not generally involve the Office of Fair Trade\" [L370]; the " ..
          "government \"bypassed competitive solutions\" [L358]. Give the authority review of " ..
          "restructuring mergers and cartels.",
        evidence = { { field = "institutions.competition_authority.present" },
                     { field = "restructuring.active" },
                     { field = "restructuring.competition_authority_involved" } },
        measures = { "competition_authority_review_mergers" },
      }
    end

    local share = p.finance and p.finance.large_group_credit_share_pct
    local share_max = ctx:threshold("large_group_credit_share_max")
    if share ~= nil and share > share_max then
      ctx:finding{
        id = "credit_concentrated_in_large_groups",
        severity = "advice",
        title = "Bank credit is concentrated in the largest business groups",
        message = string.format(
          "The five largest business groups take %.0f%% of bank credit. Korea capped additional " ..
          "lending to its five largest groups at their 1983 share in 1985 but \"then quickly " ..
          "lifted the restrictions\" under export pressure [L370]. Set credit-concentration " ..
          "limits that hold, tied to equity listing by the groups [L398].", share),
        evidence = { { field = "finance.large_group_credit_share_pct", op = ">", threshold = share_max } },
        measures = { "large_group_credit_limits_with_equity_listing" },
      }
    end
  end,
}
