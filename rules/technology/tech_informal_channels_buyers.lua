-- Lesson 20 (tech_informal_channels_buyers): in catch-up with mature,
-- standardized technologies, learn through informal channels (buyers,
-- equipment suppliers, returnees) rather than relying on FDI or licensing.
-- Korea's basic production technologies came most often from buyers and
-- equipment suppliers; licensing and technical assistance were cited "only a
-- third of the time that foreign sources were indicated" [L242]. "Around 50
-- percent of Korean firms benefited directly from buyers" and about 75% got
-- help with product design [L1018][L1020]. Mature, standardized exports are
-- read from the labour-intensive share of manufactured exports.
return {
  id = "tech_informal_channels_buyers",
  title = "In catch-up, learn technology through buyers and equipment suppliers",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "Around 50 percent of Korean firms benefited directly from buyers",
    lines = "L1018",
  },
  requires = { "derived.stage.id" },
  tags = { "technology", "catch_up" },
  measures = { "buyer_linkage_program", "capital_goods_import_access", "diaspora_scientist_return" },

  evaluate = function(p, ctx)
    local catch_up, stage_evidence = ctx:check{ field = "derived.stage.id", op = "==",
                                                threshold = "catch_up" }
    if not catch_up then return end
    -- mature, standardized exports: unknown is a data gap
    local mature, labor_evidence = ctx:check{ field = "macro.labor_intensive_share_manuf_exports_pct",
      op = ">=", config = "mature_exports_share_min", benchmark = 75, note = "Korea 1965-72 [L218]" }
    if not mature then return end
    local evidence = { stage_evidence, labor_evidence }
    -- buyer support is optional: when stated, enough of it means the channel already works
    local support = p.technology and p.technology.buyer_support_firms_pct
    if support ~= nil then
      local scarce, support_evidence = ctx:check{ field = "technology.buyer_support_firms_pct",
        op = "<", config = "buyer_support_firms_min", benchmark = 50, note = "Korea [L1018]" }
      if not scarce then return end
      evidence[#evidence + 1] = support_evidence
    end
    ctx:finding{
      id = "use_buyer_channels",
      severity = "advice",
      title = "Technology for mature exports is best learned from buyers and equipment suppliers",
      message = string.format(
        "Labour-intensive, standardized goods make up %.0f%% of manufactured exports%s. For " ..
        "such mature technologies Korea learned mostly from foreign buyers and equipment " ..
        "suppliers, and from engineers returning from firms abroad; licensing was cited a third " ..
        "as often [L242], and FDI contributed little to exports in 1962-71 [L238]. About half of " ..
        "Korean firms benefited directly from buyers [L1018]. Link exporters to buyers, keep " ..
        "imported capital goods cheap and bring back experienced engineers.",
        p.macro.labor_intensive_share_manuf_exports_pct, support ~= nil and string.format(
          " but only %.0f%% of exporters get technical help from their buyers", support) or ""),
      evidence = evidence,
      measures = { "buyer_linkage_program", "capital_goods_import_access", "diaspora_scientist_return" },
    }
  end,
}
