--TEST--
syntax error: unexpected heredoc start
--FILE--
<?php
echo 1 <<<EOT
x
EOT;
--EXPECTF--

Parse error: syntax error, unexpected heredoc start "<<<EOT", expecting "," or ";" in %s on line 3
