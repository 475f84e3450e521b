-- Lesson 21 (tech_apprentice_and_imitation_patterns): process industries
-- learn by the apprentice pattern (a turnkey first plant, then quick
-- successive plants with local engineers taking over design and execution);
-- machinery makers learn by the imitation pattern. In cement and synthetic
-- fibres "the first plant was typically built on a turnkey basis" and Korean
-- engineers took a rapidly expanding role in the plants that followed [L442];
-- small capital-goods makers "started with small and rather primitive
-- technologies developed by themselves" and upgraded by observing foreign
-- equipment [L444]. For machinery the HCI plan went further: "Purchase of
-- plants on a turn-key basis was discouraged" [L266].
-- Inputs: industrial_programs[].turnkey_plant, local_engineer_participation,
-- sectors; the Pavitt class of those sectors (sectors[].pavitt).
return {
  id = "tech_apprentice_and_imitation_patterns",
  title = "Turnkey plants need growing local engineering; machinery makers learn by imitation",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "the first plant was typically built on a turnkey basis",
    lines = "L442",
  },
  requires = { "industrial_programs" },
  tags = { "technology", "industrial", "catch_up", "transition" },
  measures = { "turnkey_with_local_engineer_participation", "imitation_learning_support" },

  evaluate = function(p, ctx)
    local machinery_sector = {}
    for _, sector in ipairs(p.sectors or {}) do
      if sector.pavitt == "specialized_supplier" then machinery_sector[sector.name] = true end
    end
    local apprentice, apprentice_evidence, imitation, imitation_evidence = {}, {}, {}, {}
    for i, program in ipairs(p.industrial_programs) do
      local prefix = string.format("industrial_programs.%d.", i)
      -- a programme whose turnkey status (or, for a turnkey plant outside machinery, local
      -- engineering role) is unknown is a data gap
      local turnkey, turnkey_evidence = ctx:check{ field = prefix .. "turnkey_plant", op = "==",
                                                   threshold = true }
      if turnkey then
        local machinery = false
        for _, s in ipairs(program.sectors or {}) do
          if machinery_sector[s] then machinery = true end
        end
        if machinery then
          imitation[#imitation + 1] = program.name
          imitation_evidence[#imitation_evidence + 1] = turnkey_evidence
          imitation_evidence[#imitation_evidence + 1] = { field = prefix .. "sectors",
            note = "a specialized-supplier (machinery) sector in sectors[].pavitt" }
        else
          local no_locals, locals_evidence = ctx:check{
            field = prefix .. "local_engineer_participation", op = "==", threshold = false }
          if no_locals then
            apprentice[#apprentice + 1] = program.name
            apprentice_evidence[#apprentice_evidence + 1] = turnkey_evidence
            apprentice_evidence[#apprentice_evidence + 1] = locals_evidence
          end
        end
      end
    end
    if #apprentice > 0 then
      ctx:finding{
        id = "turnkey_without_local_engineers",
        severity = "warning",
        title = "Turnkey plants are bought without a plan for local engineers to take over",
        message = table.concat(apprentice, ", ") .. ": plants are bought on a turnkey basis " ..
          "with no plan for local engineers to take part. Korea's apprentice pattern worked " ..
          "because Korean engineers joined the first project and took a rapidly expanding role " ..
          "in the second and later plants, which followed quickly [L442][L444]; repeated turnkey " ..
          "purchases with no local role build no investment capability. Write local engineering " ..
          "participation into each contract and plan the next plant soon after.",
        evidence = apprentice_evidence,
        measures = { "turnkey_with_local_engineer_participation" },
      }
    end
    if #imitation > 0 then
      ctx:finding{
        id = "turnkey_in_machinery",
        severity = "advice",
        title = "Machinery capacity is bought turnkey instead of learned by imitation",
        message = table.concat(imitation, ", ") .. ": machinery-making capacity is bought on a " ..
          "turnkey basis. Korea's capital-goods makers learned by imitation, copying imported " ..
          "models and sales catalogues and upgrading through experience [L444]; for machinery " ..
          "the HCI plan discouraged turnkey purchases outright [L266]. Support small machinery " ..
          "makers' imitation learning (catalogues, visits to foreign makers, reverse " ..
          "engineering) instead.",
        evidence = imitation_evidence,
        measures = { "imitation_learning_support" },
      }
    end
  end,
}
