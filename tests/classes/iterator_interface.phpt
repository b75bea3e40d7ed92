--TEST--
foreach over an Iterator calls its methods in order
--FILE--
<?php
class Range implements Iterator {
    private $i;
    public function __construct(private $from, private $to) {}
    public function rewind(): void { echo "rewind\n"; $this->i = $this->from; }
    public function valid(): bool { echo "valid\n"; return $this->i <= $this->to; }
    public function current(): mixed { echo "current\n"; return $this->i * 10; }
    public function key(): mixed { echo "key\n"; return "k{$this->i}"; }
    public function next(): void { echo "next\n"; $this->i++; }
}
foreach (new Range(1, 2) as $k => $v) echo "$k => $v\n";
echo "--- values only\n";
foreach (new Range(5, 5) as $v) echo "$v\n";
--EXPECT--
rewind
valid
current
key
k1 => 10
next
valid
current
key
k2 => 20
next
valid
--- values only
rewind
valid
current
50
next
valid
