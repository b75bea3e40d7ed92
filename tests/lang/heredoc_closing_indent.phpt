--TEST--
closing-marker indentation is removed from every heredoc/nowdoc line
--FILE--
<?php
$v = 'V';
echo <<<EOT
    four
      six $v
    four
    EOT;
echo "|\n";
echo <<<'N'
  a
   b
  N;
echo "|\n";
$arr = [<<<X
  in array
  X, 'after'];
var_dump($arr);
--EXPECT--
four
  six V
four|
a
 b|
array(2) {
  [0]=>
  string(8) "in array"
  [1]=>
  string(5) "after"
}
