--TEST--
an interpolated heredoc line indented too little
--FILE--
<?php
$x = <<<EOT
  $a
    EOT;
--EXPECTF--

Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 3
