--TEST--
./ paths are resolved only against the cwd, not the script directory
--FILE--
<?php
var_dump(@include './fixture_noreturn.inc');
var_dump(include './tests/lang/fixture_noreturn.inc');
--EXPECT--
bool(false)
no return
int(1)
