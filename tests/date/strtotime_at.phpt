--TEST--
strtotime(): @timestamp forms
--FILE--
<?php
foreach (["@0", "@1700000000", "@-1000", "@1700000000 +1 day"] as $s) var_dump(strtotime($s));
--EXPECT--
int(0)
int(1700000000)
int(-1000)
int(1700086400)
