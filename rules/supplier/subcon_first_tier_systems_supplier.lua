-- Lesson 49: upgrade first-tier suppliers from drawing-supplied (DS)
-- manufacturers to drawing-approved (DA) systems-component makers with
-- design and R&D [L893], fn 51 [L911]; rate suppliers and source dually but
-- do not switch within a model's life (fn 50 [L905], [L901]). It took the
-- parent firms "more than a decade" [L893]. From the transition stage.
local stage_of = require("sme.stage")
local function cite(quote, lines, footnote)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           footnote = footnote, quote = quote, lines = lines }
end

return {
  id = "subcon_first_tier_systems_supplier",
  title = "Upgrade first-tier suppliers to design-capable systems-component makers",
  source = cite("First of all, the first-tier suppliers should be promoted to be " ..
    "systems-component manufacturers.", "L893"),
  requires = { "derived.stage.id" },
  tags = { "supplier", "sme", "technology" },
  measures = { "first_tier_supplier_upgrading_program", "large_firm_supplier_equity_up_to_10pct",
               "supplier_rating_and_dual_sourcing" },

  evaluate = function(p, ctx)
    -- subcontracting linkage comes first (lesson 34)
    if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
    -- both practices must be known: an unknown one is a data gap
    local to_print, design_evidence = ctx:check{ field = "technology.first_tier_design_capable_pct",
                                                 op = "<", config = "design_capable_min_pct" }
    if to_print then
      local design = p.technology.first_tier_design_capable_pct
      ctx:finding{
        id = "first_tier_suppliers_build_to_print",
        severity = "advice",
        title = "First-tier suppliers only build to the assembler's drawings",
        message = string.format("Only %.0f%% of first-tier suppliers design the parts they " ..
          "make (DA parts); the rest build to drawings supplied by the assembler (DS), offering " ..
          "'basically only manufacturing capabilities' (fn 51 [L911]). In the early 1990s few " ..
          "Korean suppliers 'fully understood the assembler's conception of end products' " ..
          "[L893]. Promote first-tier suppliers to systems-component makers with design, R&D " ..
          "and the capability to manage lower tiers; let large firms hold up to 10%% of parts " ..
          "SMEs to cement cooperation [L714]. Plan for more than a decade, as Japan's and " ..
          "Korea's parent firms needed [L893].", design),
        evidence = { design_evidence, stage_of.evidence(p) },
        measures = { "first_tier_supplier_upgrading_program", "large_firm_supplier_equity_up_to_10pct" },
        source = cite("The DS parts supplier provides basically only manufacturing capabilities, " ..
          "while the DA parts supplier provides capabilities for product development as well.",
          "L911", 51),
      }
    end
    local unrated, rating_evidence = ctx:check{ field = "technology.supplier_rating_practice", op = "==",
                                                threshold = false }
    if unrated then
      ctx:finding{
        id = "no_supplier_rating",
        severity = "advice",
        title = "Assemblers do not rate their suppliers",
        message = "Assemblers neither rate first-tier suppliers nor source dually. Korean and " ..
          "Japanese parent firms rated suppliers A to D, kept A and B, dropped D and held C as " ..
          "a capacity buffer (fn 50 [L905]); they kept two suppliers per part across models " ..
          "but one per model, not switching within its four-year life [L901]. That mix of " ..
          "competition and stability is what lets suppliers invest in design.",
        evidence = { rating_evidence },
        measures = { "supplier_rating_and_dual_sourcing" },
      }
    end
  end,
}
