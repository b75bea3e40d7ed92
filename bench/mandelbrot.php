<?php
// Float arithmetic in nested loops: Mandelbrot set membership count.
$w = 1050;
$h = 700;
$maxIter = 100;
$inside = 0;
$iters = 0;
for ($y = 0; $y < $h; $y++) {
    $ci = 2.0 * $y / $h - 1.0;
    for ($x = 0; $x < $w; $x++) {
        $cr = 3.0 * $x / $w - 2.0;
        $zr = 0.0;
        $zi = 0.0;
        $k = 0;
        while ($k < $maxIter) {
            $zr2 = $zr * $zr;
            $zi2 = $zi * $zi;
            if ($zr2 + $zi2 > 4.0) {
                break;
            }
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $zr2 - $zi2 + $cr;
            $k++;
        }
        $iters += $k;
        if ($k == $maxIter) {
            $inside++;
        }
    }
}
echo "mandelbrot: inside=$inside iters=$iters\n";
