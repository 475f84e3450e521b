-- Lesson 56: public diffusion should favour generic, early-stage
-- technologies and pre-competitive intermediaries, and never prescribe how
-- firms use a technology [L990].
local function cite(quote, lines)
  return { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
           quote = quote, lines = lines }
end

return {
  id = "diffusion_generic_precompetitive",
  title = "Diffuse generic technologies through pre-competitive intermediaries; do not prescribe uses",
  source = cite("Promoting generic technologies in the early stages of development is likely to " ..
    "produce more social benefits than promoting specialized technologies.", "L990"),
  requires = { "diffusion.programs" },
  tags = { "diffusion", "technology" },
  measures = { "generic_technology_intermediaries" },

  evaluate = function(p, ctx)
    local prescribing, prescribing_evidence = {}, {}
    local known, specialized, specialized_evidence = 0, {}, {}
    for i, prog in ipairs(p.diffusion.programs) do
      local base = string.format("diffusion.programs.%d.", i)
      -- both facts are needed for each programme: an unknown one is a data gap
      local prescribes, prescribes_evidence = ctx:check{ field = base .. "prescribes_specific_use",
                                                         op = "==", threshold = true }
      if prescribes then
        prescribing[#prescribing + 1] = prog.name
        prescribing_evidence[#prescribing_evidence + 1] = prescribes_evidence
      end
      local narrow, technology_evidence = ctx:check{ field = base .. "technology", op = "==",
                                                     threshold = "specialized" }
      if narrow ~= nil then known = known + 1 end
      if narrow then
        specialized[#specialized + 1] = prog.name
        specialized_evidence[#specialized_evidence + 1] = technology_evidence
      end
    end
    if #prescribing > 0 then
      ctx:finding{
        id = "diffusion_prescribes_technology_use",
        severity = "warning",
        title = "Diffusion programmes prescribe how firms must use a technology",
        message = "These programmes prescribe specific uses of technology: " ..
          table.concat(prescribing, ", ") .. ". 'Policies should avoid prescribing uses of " ..
          "technology' [L990]: adoption 'is never a goal in itself' (fn 60 [L998]), and SMEs " ..
          "differ in what they need. Fund intermediaries that help firms choose, at the " ..
          "pre-competitive stage, instead of subsidising one prescribed use.",
        evidence = prescribing_evidence,
        measures = { "generic_technology_intermediaries" },
        source = cite("Policies should avoid prescribing uses of technology.", "L990"),
      }
    end
    if known > 0 and ctx:check{ field = "diffusion.programs", value = #specialized / known * 100,
                                op = ">", config = "specialized_share_max_pct",
                                note = "share of the programmes whose technology is known" } then
      ctx:finding{
        id = "diffusion_favours_specialized_technology",
        severity = "advice",
        title = "Most diffusion programmes push specialized rather than generic technologies",
        message = string.format("%d of the %d diffusion programmes whose technology is known " ..
          "promote specialized technologies (%s). Generic technologies early in their " ..
          "development give more social benefit [L990]; shift towards them, delivered by " ..
          "intermediaries at the pre-competitive (non-proprietary) stage.", #specialized, known,
          table.concat(specialized, ", ")),
        evidence = specialized_evidence,
        measures = { "generic_technology_intermediaries" },
      }
    end
  end,
}
