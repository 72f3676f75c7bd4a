"""Today's discounts examples (discount coupons, promotions) and their models."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "discounts__discount-coupons__search-discount-coupons--response1": "SearchResult-DiscountCoupon",
    "discounts__discount-coupons__search-discount-coupons--response2": "SearchResult-DiscountCoupon",
    "discounts__discount-coupons__get-discount-coupon--response1": "DiscountCoupon",
    "discounts__discount-coupons__get-discount-coupon--response2": "DiscountCoupon",
    "discounts__discount-coupons__create-discount-coupon--request1": "DiscountCouponInput.request",
    "discounts__discount-coupons__create-discount-coupon--response1": "DiscountCouponCreateStatus",
    "discounts__discount-coupons__update-discount-coupon--request1": "DiscountCouponInput.request",
    "discounts__discount-coupons__update-discount-coupon--response1": "UpdateStatus",
    "discounts__promotions__search-promotions--response1": "SearchResult-Promotion",
    "discounts__promotions__search-promotions--response2": "SearchResult-Promotion",
    "discounts__promotions__create-promotion--request1": "PromotionInput.request",
    "discounts__promotions__create-promotion--response1": "CreateStatus",
    "discounts__promotions__update-promotion--request1": "PromotionInput.request",
    "discounts__promotions__update-promotion--response1": "UpdateStatus",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
