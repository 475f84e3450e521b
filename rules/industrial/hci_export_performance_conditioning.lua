-- Lesson 8 (hci_export_performance_conditioning): a sector-targeting big push
-- must be conditioned on a market (performance) test and keep a business-
-- government feedback loop. Korea's HCI drive "substituted bureaucratic
-- judgments for market tests" and "The feedback mechanism between government
-- and business was neglected" [L302]; banks were assured to lend to selected
-- industries "regardless of their economic or financial performance" [L290].
-- For a WTO member the test must not be export performance (lesson 63).
return {
  id = "hci_export_performance_conditioning",
  title = "Condition a sector-targeting big push on a market test and a feedback loop",
  source = {
    chapter = 1, section = "Promotion of Heavy-Chemical Industry",
    quote = "Investment was not sufficiently conditioned to the test of export performance.",
    lines = "L302",
  },
  requires = { "industrial_programs" },
  tags = { "industrial", "catch_up", "transition" },
  measures = { "strategic_investment_market_test_gate", "stop_loss_review",
               "public_private_deliberation_council" },

  evaluate = function(p, ctx)
    local untested, evidence_untested = {}, {}
    local no_forum, evidence_forum = {}, {}
    for i, program in ipairs(p.industrial_programs) do
      local prefix = string.format("industrial_programs.%d.", i)
      local test, unconditional = program.market_test, program.support_unconditional
      -- no market test, or support promised regardless: either stated fact is enough
      if test == nil and unconditional == nil then
        ctx:missing(prefix .. "market_test", prefix .. "support_unconditional")
      else
        local evidence = {}
        if test ~= nil then
          local none, entry = ctx:check{ field = prefix .. "market_test", op = "==", threshold = "none",
                                         benchmark = "other_performance" }
          if none then evidence[#evidence + 1] = entry end
        end
        if unconditional ~= nil then
          local regardless, entry = ctx:check{ field = prefix .. "support_unconditional", op = "==",
                                               threshold = true }
          if regardless then evidence[#evidence + 1] = entry end
        end
        if #evidence > 0 then
          untested[#untested + 1] = program.name
          table.move(evidence, 1, #evidence, #evidence_untested + 1, evidence_untested)
        end
      end
      -- whether a business-government forum reviews it: unknown is a data gap
      local forumless, forum_evidence = ctx:check{ field = prefix .. "feedback_forum", op = "==",
                                                   threshold = false }
      if forumless then
        no_forum[#no_forum + 1] = program.name
        evidence_forum[#evidence_forum + 1] = forum_evidence
      end
    end

    if #untested > 0 then
      local wto_member = p.wto and p.wto.member
      ctx:finding{
        id = "big_push_without_market_test",
        severity = "critical",
        title = "Targeted investment is not conditioned on any market test",
        message = "Support under " .. table.concat(untested, ", ") .. " is not conditioned on " ..
          "performance. Korea's heavy-chemical drive assured selected industries a stable flow " ..
          "of bank loans \"regardless of their economic or financial performance\" [L290]; it " ..
          "became \"more important to participate in the HCI program than to produce efficiently " ..
          "or to build export markets\", and it ended in over-capacity, inflation and external " ..
          "imbalances [L302]. Put every project through an approval gate with a market test " ..
          "and a periodic stop-loss review" ..
          (wto_member and " (as a WTO member, use a competitive market test, co-investment or " ..
            "productivity milestones, not export performance)." or "."),
        evidence = evidence_untested,
        measures = { "strategic_investment_market_test_gate", "stop_loss_review" },
      }
    end
    if #no_forum > 0 then
      ctx:finding{
        id = "no_business_government_feedback",
        severity = "warning",
        title = "No business-government forum reviews the targeted programmes",
        message = "No standing forum reviews " .. table.concat(no_forum, ", ") .. " with " ..
          "business. In the HCI drive \"The feedback mechanism between government and business " ..
          "was neglected\" and the balance between private initiative and bureaucratic " ..
          "monitoring diminished [L302], whereas the 1960s export drive ran on regular trade " ..
          "promotion meetings [L214]. Set up a deliberation council for each programme.",
        evidence = evidence_forum,
        measures = { "public_private_deliberation_council" },
      }
    end
  end,
}
