-- Advice with a list value, a unit and a note; recommends a level-3 measure
-- whose prerequisites the sequencer must add.
return {
  id = "diffusion_receptor",
  title = "Receptor capacity before innovation capacity",
  source = { chapter = 2, section = "Structural Change in SMI and Evolution of Diffusion Policies",
             table = "2-6", quote = "policies that recognize diffusion and innovation as interdependent" },
  tags = { "diffusion" },
  measures = { "diffusion_l3_innovation_capacity" },
  evaluate = function(p, ctx)
    ctx:finding{
      id = "diffusion_receptor_capacity",
      severity = "advice",
      title = "Build receptor capacity before innovation capacity",
      message = "Only level 1 diffusion programmes exist.",
      evidence = {
        { field = "institutions.sme_agency.present" },
        { field = "diffusion.programs", value = { "technology_specific", "demonstration" }, note = "level 1 only" },
        { field = "diffusion.budget_share_of_industrial_tech_pct", value = 2.5, unit = "%", op = "<", threshold = 5,
          year = 2022 },
      },
      measures = { "diffusion_l3_innovation_capacity" },
    }
  end,
}
