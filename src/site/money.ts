/**
 * Investment figures are stored in 万元 (10,000 yuan), as the column writes them. Readers get them
 * the way the newspaper prints them: 万元 below one 亿 (100 million), 亿元 with two decimals above.
 */
const WAN_PER_YI = 10_000

const trimZeros = (text: string) => text.replace(/\.?0+$/, '')

/** 489 -> "489万元", 1190.5 -> "1190.5万元". */
export const formatWan = (wan: number): string => `${trimZeros(wan.toFixed(2))}万元`

/** 13234 -> "1.32亿元". */
export const formatYi = (wan: number): string => `${trimZeros((wan / WAN_PER_YI).toFixed(2))}亿元`

/** The form a newspaper would print: 亿元 from one 亿 up, 万元 below. */
export const formatInvestment = (wan: number): string => (wan >= WAN_PER_YI ? formatYi(wan) : formatWan(wan))

/** 0.8776 -> "87.8%". */
export const formatShare = (fraction: number): string => `${trimZeros((fraction * 100).toFixed(1))}%`
