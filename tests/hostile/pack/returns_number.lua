-- expect: load must return a table
return 42
