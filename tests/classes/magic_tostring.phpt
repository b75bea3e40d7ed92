--TEST--
__toString in string contexts and Stringable
--FILE--
<?php
class Name {
    public function __construct(private string $n) {}
    public function __toString(): string { return "Name({$this->n})"; }
}
$n = new Name("ann");
echo $n, "\n";
echo "interpolated: $n\n";
echo "concat: " . $n . "\n";
echo strlen($n), "\n";
echo str_repeat($n, 2), "\n";
var_dump((string) $n);
var_dump($n instanceof Stringable);
var_dump($n == "Name(ann)");
echo implode(", ", [new Name("a"), new Name("b")]), "\n";
$arr = ["Name(ann)" => 1];
echo in_array("Name(ann)", [$n]) ? "found\n" : "missing\n";
function takesString(string $s) { return $s; }
var_dump(takesString($n));
--EXPECT--
Name(ann)
interpolated: Name(ann)
concat: Name(ann)
9
Name(ann)Name(ann)
string(9) "Name(ann)"
bool(true)
bool(true)
Name(a), Name(b)
found
string(9) "Name(ann)"
