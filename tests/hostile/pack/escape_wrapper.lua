-- expect: load
end, (function() while true do end end)(), function() --!
