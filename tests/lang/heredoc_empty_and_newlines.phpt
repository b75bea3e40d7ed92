--TEST--
empty heredoc, blank lines and final newline handling
--FILE--
<?php
$e = <<<EOT
EOT;
var_dump($e);
$b = <<<EOT

middle

EOT;
var_dump($b);
--EXPECT--
string(0) ""
string(8) "
middle
"
