-- expect: load unknown plugin kind
return { id = "unknown_kind", kind = "exploit", title = "t", derive = function() end }
