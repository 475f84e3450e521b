-- Text that would break a report that forgot to escape: HTML, Markdown
-- table and heading syntax, quotes, entities. Its area is "Other rules".
local NASTY = [[<script>alert("x")</script> | pipe | # not a heading *not bold* [link](javascript:alert(1)) & &amp; 'single' "double" `tick`]]
return {
  id = "xtra_hostile",
  title = "A rule whose texts try to inject markup",
  source = { chapter = 9, section = NASTY, quote = NASTY, lines = "L1" },
  tags = { "test" },
  measures = { "technology_extension_service" },
  evaluate = function(p, ctx)
    ctx:finding{
      id = "hostile_text",
      severity = "warning",
      title = "Hostile <b>title</b> | with # markup & \"quotes\"",
      message = NASTY .. "\n- a list item?\n1. or a numbered one",
      evidence = { { field = "country.name", note = NASTY } },
      measures = { "technology_extension_service" },
    }
  end,
}
