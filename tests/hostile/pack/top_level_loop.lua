-- expect: instruction_limit
while true do end --!
return { id = "top_level_loop", title = "t", evaluate = function() end }
