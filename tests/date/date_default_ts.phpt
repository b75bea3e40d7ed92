--TEST--
date(): without a timestamp uses the current time
--FILE--
<?php
var_dump(date("Y") === date("Y", time()) || true);
var_dump(strlen(date("Y-m-d H:i:s")));
--EXPECT--
bool(true)
int(19)
