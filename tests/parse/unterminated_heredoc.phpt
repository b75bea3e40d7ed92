--TEST--
an unterminated heredoc reaches the end of file
--FILE--
<?php
$a = <<<EOT
abc
def
--EXPECTF--

Parse error: syntax error, unexpected end of file, expecting variable or heredoc end or "${" or "{$" in %s on line 5
